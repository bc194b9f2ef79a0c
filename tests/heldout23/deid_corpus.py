"""Held-out 23: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15
and 21, held-out 9's `build_excerpts` / `Excerpt` / `country` and held-out 8's `strip_markup`
sources, the LABELS / COUNTRIES tuples, held-out 15's module names and language codes (no texts),
and the runners and floor test of held-outs 8, 9, 11 and 15). 75 excerpts, 15 each from DE, AT,
CH (7 German, 4 French, 4 Italian), UK and US, written as sites earlier sets leaned on less would
write them: teleradiology services reporting from other countries (Spain, Poland, Australia, Italy,
US night services), mobile MRI trailers and outpatient imaging chains, sports medicine and
orthopaedic practices and club / academy doctors, oncology centres with tumour boards and MDTs,
transplant and dialysis centres, nursing and care homes sending residents, lawyers, insurers,
accident insurance and prior authorisation, ticket systems (IT / PACS / billing), PACS worklist
exports, patient-portal messages. Shapes: RIS/HIS headers, DICOM header dumps, worklists and
CSV/TSV/pipe exports, referral, discharge, transfer and appointment letters, findings with
outside-study mentions, phone notes and handovers, tumour boards with attendance lists, addenda,
signatures with post-nominals, cc lists, e-mail threads with quoted replies ('>' prefixes) and
footers; with noise (all-caps headers, OCR letter O for zero, mixed German / English).
PHI in national forms (persons of many origins with and without titles or labels, "Surname,
Firstname", capitalised and DICOM PN names, first names alone, logins and initials, relatives,
carers, guardians, staff, outside doctors; facilities with and without keywords, acronyms, short
forms, practices, care homes, imaging centres, law firms, employers; address blocks, inline
addresses, town-only residences and reporting sites; phones, faxes, mobiles, extensions (App.,
DW, Klappe, int., ext, x), bleeps; IDs: accession, case, ticket, SVNR, AHV, NHS, CHI, MRN,
member, group, NPI, MBI, VA ICN, SSN last four, claim and file references; dates in numeric,
DICOM, ISO, OCR-damaged, partial and written forms in four languages; e-mails; URLs; ages over 89).
Keep-terms about as many as the PHI spans and as hard: eponyms that are also surnames (Murphy,
Fleischner, Herbert, Garden, Kerley, Whipple, Bankart, Hill-Sachs, Baker, Hoffa, Stoller,
Outerbridge, Pfirrmann, Schmorl, Modic, Chiari, Weber, Maisonneuve, Haraguchi, Seldinger, Brock,
Herder, Erdmann, Alvarado, McDonald, Frick, Segond, Cimino, Bosniak, Beighton, Deauville),
place-named criteria and exposures (Milan criteria, Lugano, Quebec Task Force, Agent Orange,
Vietnam, NASCET, NEXUS), anatomy, drugs, devices, scanners, sequences, scores and
classifications, capitalised German nouns, ward and department words, clock times, image
references, vertebral levels, young ages, bare years, DICOM attribute names and values, billing
codes.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ages under 90, bare years and generic department names outside the
spans; for ages over 89 only the number, for extensions only the digits; a town named as a
residence, address or reporting site is ADDRESS, a town inside or directly naming a facility is
part of the INSTITUTION; payer / insurer names are neither PHI nor keep-terms, their member
numbers are ID; in DICOM PN values name prefixes after ^^ are outside the span).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import Excerpt, build_excerpts

# ruff: noqa: E501  (marked-up report texts keep their natural line breaks)

_RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de23-01",
        "de",
        "TELERAD-BEFUND | Auftrag ⟦ID:TR-2611-48823⟧ | Einsender: Notaufnahme ⟦INSTITUTION:Kreiskrankenhaus Waldbröl⟧\n"
        "Pat.: ⟦PERSON:Yıldırım, Emine⟧, geb. ⟦DATE:14.03.1961⟧\n"
        "CCT nativ 02:47 Uhr: keine Hyperdensität, keine Mittellinienverlagerung, ASPECTS 10. "
        "Hounsfield-Werte der Stammganglien seitengleich.\n"
        "Befundet am Standort ⟦ADDRESS:Calle Larios 12, 29005 Málaga⟧ durch Dr. ⟦PERSON:Jonas Reichert⟧ "
        "(⟦INSTITUTION:NightRad Partners⟧), Rückfragen ⟦PHONE:02291 83-0⟧ App. ⟦PHONE:417⟧",
        ("Notaufnahme", "02:47 Uhr", "ASPECTS 10", "Hounsfield", "Mittellinienverlagerung", "Stammganglien"),
    ),
    (
        "de23-02",
        "de",
        "Von: ⟦EMAIL:k.brandstaetter@mrt-mobil-nord.de⟧\nGesendet: Dienstag, ⟦DATE:3. November 2026⟧ 16:12\n"
        "Betreff: AW: Trailer-Standort KW 46\n\n"
        "Hallo Frau ⟦PERSON:Osei⟧, der Auflieger steht ab Montag wieder am ⟦INSTITUTION:St.-Vinzenz-Stift Delbrück⟧, "
        "das Magnetom Altea ist nach dem Quench wieder freigegeben.\n"
        "> Können Sie Herrn ⟦PERSON:Wojciechowski⟧ (Knie re., Verdacht auf Korbhenkelriss) vorziehen?\n"
        "> Gruß ⟦PERSON:A. Osei⟧, Anmeldung",
        ("Magnetom Altea", "Quench", "Korbhenkelriss", "Auflieger", "Anmeldung"),
    ),
    (
        "de23-03",
        "de",
        "RIS-EXPORT;;;\nAccNr;Name;Vorname;GebDat;Untersuchung;Zuweiser\n"
        "⟦ID:A26-0781443⟧;⟦PERSON:Hoffmann-Ekwueme⟧;⟦PERSON:Chidi⟧;⟦DATE:1987-09-30⟧;MRT LWS nativ;"
        "Dr. ⟦PERSON:Baumgart⟧ / ⟦INSTITUTION:Orthopädie am Schlossplatz⟧\n"
        "⟦ID:A26-0781451⟧;⟦PERSON:Lindqvist⟧;⟦PERSON:Malin⟧;⟦DATE:1999-02-11⟧;MRT Schulter li. Arthro;"
        "Dr. ⟦PERSON:Keil⟧ / ⟦INSTITUTION:SPORTMED Rhein-Ruhr⟧\n"
        "Sequenzen: T2 TSE sag, STIR cor, PD fs; Gadoterat i.a. 1:200",
        ("MRT LWS nativ", "Arthro", "T2 TSE", "STIR", "PD fs", "Gadoterat", "Sequenzen"),
    ),
    (
        "de23-04",
        "de",
        "Tumorkonferenz Thorax ⟦DATE:19.11.26⟧, ⟦INSTITUTION:Onkologisches Zentrum Hellweg⟧\n"
        "Anwesend: Prof. ⟦PERSON:Szymańska⟧ (Pneumologie), Dr. ⟦PERSON:Ruoff⟧ (Strahlentherapie), "
        "OÄ ⟦PERSON:Berit Nolte⟧ (Radiologie), ⟦PERSON:Mehmet Aydın⟧ (Study Nurse)\n"
        "Pat. ⟦PERSON:Gerlinde Stüber⟧, 71 J.: Adenokarzinom RUL, cT2a cN2 M0 (UICC 8, Stadium IIIA), EGFR negativ, "
        "PD-L1 60 %. Empfehlung: Durvalumab nach simultaner RCTx. PET-CT von 2025 zum Vergleich.",
        ("Pneumologie", "Strahlentherapie", "UICC 8", "Stadium IIIA", "EGFR", "Durvalumab", "PD-L1", "2025"),
    ),
    (
        "de23-05",
        "de",
        "⟦INSTITUTION:PHYSIO & SPORTMEDIZIN AM HAFEN⟧ · ⟦ADDRESS:Kehrwieder 8 · 20457 Hamburg⟧\n"
        "Überweisung zur Bildgebung\nSpieler: ⟦PERSON:Nnamdi Eze⟧ (U19, Innenverteidiger), * ⟦DATE:07/05/2008⟧\n"
        "Mannschaftsarzt: Dr. med. ⟦PERSON:Till Harmsen⟧, Tel. ⟦PHONE:040 3178 22-40⟧\n"
        "Frage: Syndesmosenruptur OSG li.? Frick-Test positiv, Weber-B ausgeschlossen im Röntgen. "
        "Bitte MRT inkl. PD-Sequenzen, Termin möglichst vor Spieltag.",
        ("Syndesmosenruptur", "OSG", "Frick-Test", "Weber-B", "Röntgen", "PD-Sequenzen", "U19", "Spieltag"),
    ),
    (
        "de23-06",
        "de",
        "Dialysezentrum ⟦INSTITUTION:KfH Bad Hersfeld⟧ – Shuntsprechstunde\n"
        "Pat. ⟦PERSON:Ruth Abendroth⟧, ⟦AGE:93⟧ Jahre, Heimbewohnerin ⟦INSTITUTION:Haus Linde⟧, "
        "Betreuer: Sohn ⟦PERSON:Dieter Abendroth⟧ (⟦PHONE:0171 4482093⟧)\n"
        "Duplex Cimino-Fistel li. UA: Flussvolumen 480 ml/min, Stenose am Anastomosenbereich ca. 60 %. "
        "Empfehlung Shunt-Angiographie, Heparin am Dialysetag pausieren. Kontrolle in 4 Wochen.",
        (
            "Shuntsprechstunde",
            "Cimino-Fistel",
            "Flussvolumen",
            "480 ml/min",
            "Anastomosenbereich",
            "Heparin",
            "Dialysetag",
            "Duplex",
        ),
    ),
    (
        "de23-07",
        "de",
        "(0008,0080) InstitutionName LO [⟦INSTITUTION:RADIOLOGIE NETZ MITTELHESSEN⟧]\n"
        "(0008,0090) ReferringPhysicianName PN [⟦PERSON:Kowalczyk^Ewa⟧^^Dr.]\n"
        "(0010,0010) PatientName PN [⟦PERSON:Brückner^Hans-Peter⟧]\n(0010,0020) PatientID LO [⟦ID:RNM0049917⟧]\n"
        "(0010,0030) PatientBirthDate DA [⟦DATE:19480622⟧]\n(0018,0087) MagneticFieldStrength DS [1.5]\n"
        "(0008,103E) SeriesDescription LO [t1_vibe_fs_tra_KM]",
        (
            "InstitutionName",
            "ReferringPhysicianName",
            "MagneticFieldStrength",
            "t1_vibe_fs_tra_KM",
            "SeriesDescription",
        ),
    ),
    (
        "de23-08",
        "de",
        "Transplantationszentrum – Vorbereitungsliste Lebendspende Niere\nEmpfänger: ⟦PERSON:Katarina Petrović⟧ "
        "(ET-Nr. ⟦ID:ET-0387211⟧), Spenderin: Schwester ⟦PERSON:Jelena Petrović-Mayer⟧\n"
        "CT-Angio Nieren vom ⟦DATE:02.10.⟧: Spenderniere li. mit einer Arterie, frühe Aufzweigung 1,2 cm nach Abgang, "
        "Nierenvene retroaortal. Split-Funktion in MAG3 48/52 %. Rückruf an Koordinatorin Frau ⟦PERSON:Daum⟧, "
        "⟦PHONE:0761 270-63310⟧.",
        ("Lebendspende", "Spenderniere", "retroaortal", "MAG3", "Split-Funktion", "CT-Angio", "Nierenvene"),
    ),
    (
        "de23-09",
        "de",
        "Ticket #⟦ID:INC-2026-118204⟧ [PACS] Priorität: hoch\nErsteller: ⟦PERSON:m.vogelsang⟧ (MTRA, CT 2)\n"
        "Beschreibung: Studie von ⟦PERSON:Grabowski, Irmgard⟧ (PID ⟦ID:7730418⟧) doppelt im Worklist, einmal mit "
        "falschem Geburtsdatum ⟦DATE:01.01.1900⟧. Bitte mergen. Modalität Somatom go.Top, Serie 3, Bild 112-140.\n"
        "Zugewiesen: Team Applikation / ⟦PERSON:T. Achterberg⟧",
        ("PACS", "MTRA", "CT 2", "Somatom go.Top", "Serie 3, Bild 112-140", "Worklist", "Applikation"),
    ),
    (
        "de23-10",
        "de",
        "ENTLASSUNGSBRIEF\nSehr geehrte Frau Kollegin Dr. ⟦PERSON:Hagemeister-Oduya⟧,\nwir berichten über Ihren Patienten "
        "Herrn ⟦PERSON:Alois Kübler⟧, geb. ⟦DATE:28.8.1939⟧, der vom ⟦DATE:09.11.⟧ bis ⟦DATE:16.11.2026⟧ stationär "
        "behandelt wurde. Diagnosen: Morbus Bechterew, Andersson-Läsion Th11/12, Osteoporose (T-Score -3,1). "
        "Therapie: Denosumab 60 mg s.c. Die Aufnahmen aus der ⟦INSTITUTION:Praxis Dres. Ulmer & Sayed⟧ lagen vor.",
        ("Morbus Bechterew", "Andersson-Läsion", "Th11/12", "T-Score", "Denosumab", "stationär", "Osteoporose"),
    ),
    (
        "de23-11",
        "de",
        "Telefonnotiz 11:05 – Anruf von Pflegeheim ⟦INSTITUTION:Seniorenresidenz Am Mühlbach⟧, Schwester "
        "⟦PERSON:Ludmila⟧: Bewohner ⟦PERSON:Werner Faßbender⟧ gestürzt, Hüfte li. schmerzhaft. Transport per KTW "
        "gegen 13 Uhr, Hausarzt Dr. ⟦PERSON:Onuoha⟧ informiert. Röntgen Becken ü. + Hüfte axial angemeldet. "
        "Rückruf Heim: ⟦PHONE:05251 88 19-0⟧, Bereich Wohnbereich 2.",
        ("Telefonnotiz", "11:05", "KTW", "13 Uhr", "Becken", "Hüfte axial", "Wohnbereich 2"),
    ),
    (
        "de23-12",
        "de",
        "Befund MRT Kniegelenk re. (mobile Einheit, Standort ⟦INSTITUTION:Helios Parkplatz Uelzen⟧)\n"
        "Vergleich: Fremdaufnahme ⟦INSTITUTION:Radiologie Lüneburger Heide⟧ vom ⟦DATE:Mai 2025⟧.\n"
        "Innenmeniskushinterhorn: horizontaler Riss Grad III nach Stoller, Baker-Zyste 3 cm, Hoffa-Fettkörper "
        "ödematös. Kreuzbänder intakt. Outerbridge II retropatellar.\n"
        "Dr. med. ⟦PERSON:F. Okonkwo-Lenz⟧, Fachärztin für Radiologie",
        (
            "Innenmeniskushinterhorn",
            "Stoller",
            "Baker-Zyste",
            "Hoffa-Fettkörper",
            "Outerbridge II",
            "Kreuzbänder",
            "retropatellar",
        ),
    ),
    (
        "de23-13",
        "de",
        "Patientenportal – Nachricht\nVon: ⟦PERSON:Svetlana Gorbunova⟧ <⟦EMAIL:sveta.gorbunova@gmx.net⟧>\n"
        "Hallo, ich wollte fragen ob mein Befund vom MRT (Brust, mit Kontrastmittel) schon da ist? Die Frauenärztin "
        "Dr. ⟦PERSON:Heidkamp⟧ braucht ihn bis ⟦DATE:Freitag, 27.11.⟧. Meine neue Nummer ist ⟦PHONE:0152 29 88 41 07⟧.\n"
        "Antwort Sekretariat: BI-RADS 2, Befund ist über ⟦URL:https://portal.radiologie-ems.de/befund/8812⟧ abrufbar.",
        ("Patientenportal", "Kontrastmittel", "Frauenärztin", "BI-RADS 2", "Sekretariat", "MRT"),
    ),
    (
        "de23-14",
        "de",
        "ADDENDUM zum Befund vom ⟦DATE:20.11.2026⟧ (Acc. ⟦ID:20261120-0331⟧)\nNach telefonischer Rücksprache mit "
        "Herrn Dr. ⟦PERSON:Papadakis⟧ (Gefäßchirurgie ⟦INSTITUTION:Klinikum Oberberg⟧) um 15:40: Der Aneurysmasack "
        "misst 5,8 cm (nicht 5,3 cm). Endoleak Typ II über A. lumbalis L3 unverändert. Stentgraft Endurant in "
        "regelrechter Lage. Gez. ⟦PERSON:Waltraud Ehm⟧, Fachärztin",
        ("Aneurysmasack", "Endoleak Typ II", "A. lumbalis L3", "Endurant", "15:40", "Gefäßchirurgie", "Stentgraft"),
    ),
    (
        "de23-15",
        "de",
        "Auszug Rechtsanwaltsschreiben\nKanzlei ⟦INSTITUTION:Rehberg Yılmaz Partner mbB⟧, Az. ⟦ID:114/26-RY⟧\n"
        "In der Sache ⟦PERSON:Doreen Schwalbe⟧ ./. Allianz Versicherungs-AG bitten wir um Übersendung "
        "sämtlicher Aufnahmen der HWS (Unfall vom ⟦DATE:12. Februar 2026⟧) auf CD. Schleudertrauma QTF Grad II, "
        "Gutachten nach Erdmann. Ansprechpartnerin: Frau ⟦PERSON:Sommerfeld⟧, ⟦EMAIL:sommerfeld@rehberg-yilmaz.de⟧",
        ("HWS", "Schleudertrauma", "QTF Grad II", "Erdmann", "Gutachten", "Aufnahmen"),
    ),
    (
        "at23-01",
        "de",
        "⟦INSTITUTION:DIAGNOSTIKZENTRUM FAVORITEN⟧ – ⟦ADDRESS:Quellenstraße 118/2, 1100 Wien⟧\n"
        "Tel. ⟦PHONE:+43 1 604 77 12⟧ DW ⟦PHONE:35⟧ · Fax ⟦PHONE:+43 1 604 77 12-99⟧\n"
        "Pat.: ⟦PERSON:Mustafić Amra⟧, SVNR ⟦ID:2291 120575⟧\nZuweisung: Dr. ⟦PERSON:Leopold Hinterleitner⟧, "
        "Arzt f. Allgemeinmedizin\nSonographie Abdomen: Leber 16 cm, Steatosis hepatis Grad II, Gallenblase mit "
        "Konkrement 12 mm, kein Murphy-Zeichen. Milz 11 cm.",
        (
            "Sonographie Abdomen",
            "Steatosis hepatis",
            "Gallenblase",
            "Konkrement",
            "Murphy-Zeichen",
            "Milz",
            "Allgemeinmedizin",
        ),
    ),
    (
        "at23-02",
        "de",
        "Betreff: WG: Befund Fr. ⟦PERSON:Pichler-Schauer⟧ – bitte um Freigabe\n\n"
        "Servus ⟦PERSON:Gerti⟧, anbei der Befund, der Bewilligungsstempel der ÖGK fehlt noch.\n"
        "LG ⟦PERSON:Florian⟧\n\n> Am ⟦DATE:24.11.2026⟧ um 09:14 schrieb ⟦PERSON:Gertrude Lechner⟧ "
        "<⟦EMAIL:g.lechner@ordination-lechner.at⟧>:\n> MR-Angiographie Hals, NASCET 55 % li. ACI, bitte Kopie an "
        "⟦INSTITUTION:LKH Hochsteiermark⟧, Standort ⟦INSTITUTION:Leoben⟧, Neurologie.",
        ("Bewilligungsstempel", "MR-Angiographie", "NASCET", "ACI", "Neurologie", "09:14"),
    ),
    (
        "at23-03",
        "de",
        "Arbeitsliste CT – ⟦DATE:Mo 30.11.2026⟧\nZeit | Name | Geb. | Untersuchung | Station\n"
        "07:30 | ⟦PERSON:HUBER-KRAMMER Theresia⟧ | ⟦DATE:03.04.1932⟧ | CT Thorax KM | Dialyse\n"
        "07:50 | ⟦PERSON:ÖZTÜRK Yusuf⟧ | ⟦DATE:19.12.1975⟧ | CT Abdomen 3-Phasen | Onkologie 3B\n"
        "08:10 | ⟦PERSON:NEUWIRTH Leopoldine⟧ | ⟦DATE:11.07.1929⟧ (⟦AGE:97⟧) | CCT nativ | Akutgeriatrie\n"
        "Kreatinin vor KM prüfen, Metformin pausieren.",
        ("07:30", "CT Thorax KM", "Dialyse", "3-Phasen", "Onkologie 3B", "Akutgeriatrie", "Kreatinin", "Metformin"),
    ),
    (
        "at23-04",
        "de",
        "Sportordination ⟦INSTITUTION:Dr. Gassner & Team Kitzbühel⟧\n"
        "Skiunfall am ⟦DATE:6. Jänner⟧, Pat. ⟦PERSON:Jasper van den Broek⟧ (NL), Reiseversicherung Nr. ⟦ID:EUR-77412093⟧\n"
        "MRT Knie li.: VKB-Ruptur komplett, Bone bruise lateraler Femurkondylus und Tibiaplateau (Segond-Fraktur "
        "fraglich), Innenband Grad II. Weiterbehandlung in ⟦ADDRESS:Utrecht⟧ geplant. Kontakt Ehefrau ⟦PERSON:Marieke⟧ "
        "⟦PHONE:+31 6 2841 7730⟧.",
        (
            "VKB-Ruptur",
            "Bone bruise",
            "Femurkondylus",
            "Tibiaplateau",
            "Segond-Fraktur",
            "Innenband Grad II",
            "Skiunfall",
        ),
    ),
    (
        "at23-05",
        "de",
        "MULTIDISZIPLINÄRES TUMORBOARD GI – ⟦INSTITUTION:Ordensklinikum Linz Elisabethinen⟧\nDatum: ⟦DATE:2.12.2026⟧, "
        "Vorsitz Prim. Univ.-Prof. Dr. ⟦PERSON:Reinhold Aschauer⟧\nFall 4: ⟦PERSON:Kurt Lindenthaler⟧, 68 a, "
        "Rektum-Ca 6 cm ab ano, MRT: mrT3c, EMVI positiv, MRF bedroht (1 mm), mrN1. Empfehlung: TNT nach RAPIDO, "
        "danach TME. Vorbefunde ⟦INSTITUTION:Institut Dr. Schindelar⟧ 2024.",
        ("Rektum-Ca", "mrT3c", "EMVI", "MRF", "RAPIDO", "TME", "Vorsitz", "2024"),
    ),
    (
        "at23-06",
        "de",
        "Pflegeheim ⟦INSTITUTION:Haus der Barmherzigkeit Seeböckgasse⟧ – Transferbogen\n"
        "Bewohnerin: ⟦PERSON:Hermine Trzeciak⟧, ⟦AGE:91⟧ J., Erwachsenenvertreterin: Nichte ⟦PERSON:Sabine Holub⟧, "
        "⟦PHONE:0664 / 391 22 58⟧\nGrund: V. a. Aspirationspneumonie, SpO2 88 %. Bitte Thorax-Röntgen p.a./seitl., "
        "Rücktransport mit Rettung. Dauerkatheter, Demenz (MMSE 14). Zimmer 214.",
        (
            "Transferbogen",
            "Aspirationspneumonie",
            "SpO2",
            "Thorax-Röntgen",
            "Dauerkatheter",
            "MMSE 14",
            "Rettung",
            "Zimmer 214",
        ),
    ),
    (
        "at23-07",
        "de",
        "Teleradiologie-Befund (Nachtdienst) für ⟦INSTITUTION:LKH Zams⟧\nUntersuchungsnr. ⟦ID:ZA-26-0099187⟧, "
        "Aufnahmezeit 03:22\nCT Schädel + CTA: Hyperdenses Mediazeichen re., Verschluss M1-Segment, Tmax-Volumen 96 ml. "
        "Empfehlung Thrombektomie, Verlegung ⟦INSTITUTION:Klinik Innsbruck⟧. Telefonisch übermittelt an OA "
        "Dr. ⟦PERSON:Plattner⟧.\nReporting radiologist: ⟦PERSON:Marta Kowalewska⟧, MD, ⟦ADDRESS:Kraków⟧",
        ("Mediazeichen", "M1-Segment", "Tmax", "Thrombektomie", "03:22", "CTA", "Nachtdienst"),
    ),
    (
        "at23-08",
        "de",
        "Dialyse-Institut ⟦INSTITUTION:DIZ Wels⟧ – Befundübermittlung\nPat.: ⟦PERSON:Ferdinand Obermüller-Sadiku⟧, "
        "geb. ⟦DATE:O7.O3.1950⟧\nSonographie Transplantatniere re. Fossa iliaca: RI 0,78, keine Harnstauung, "
        "Lymphozele 4 x 3 cm. Tacrolimus-Spiegel laut ⟦INSTITUTION:AKH⟧ stabil. Nachsorge im Transplantzentrum "
        "⟦DATE:Jänner 2027⟧.",
        (
            "Transplantatniere",
            "Fossa iliaca",
            "RI 0,78",
            "Harnstauung",
            "Lymphozele",
            "Tacrolimus",
            "Transplantzentrum",
        ),
    ),
    (
        "at23-09",
        "de",
        "Honorarnote / Versicherungsanfrage\nWiener Städtische Schadennr. ⟦ID:SCH-26-4410872⟧\n"
        "Versicherungsnehmer: ⟦PERSON:Edin Hadžić⟧, ⟦ADDRESS:Lerchenfelder Gürtel 43/7, 1160 Wien⟧\n"
        "Leistung: MR Schulter re. (Pos. 52.03), Befund: SLAP-Läsion Typ II, Hill-Sachs-Delle, Bankart-Läsion knöchern. "
        "Betrag EUR 290,--",
        ("SLAP-Läsion Typ II", "Hill-Sachs-Delle", "Bankart-Läsion", "Honorarnote", "MR Schulter"),
    ),
    (
        "at23-10",
        "de",
        "Vidierter Befund\nHerr ⟦PERSON:Ömer Kılıç⟧ wurde am ⟦DATE:27.11.⟧ um 10:20 an unserem Gerät Aera 1,5T "
        "untersucht. Im Vergleich zur Voruntersuchung im ⟦INSTITUTION:MRT-Institut Wels-Grieskirchen⟧ "
        "(⟦DATE:03/2024⟧) Progredienz der Spondylodiszitis L4/5 mit epiduralem Abszess. "
        "Vidiert: OA Dr. ⟦PERSON:Stefanie Rauchenberger⟧ / Ass. Dr. ⟦PERSON:Lukas Fröschl⟧",
        ("Aera 1,5T", "Spondylodiszitis", "L4/5", "epiduralem Abszess", "Voruntersuchung", "10:20", "Vidierter Befund"),
    ),
    (
        "at23-11",
        "de",
        "Ticket ⟦ID:RIS-AT-55921⟧ · Status: offen\nMeldung von ⟦PERSON:Rosemarie Auer⟧, RT-Assistenz, Klappe "
        "⟦PHONE:4421⟧: Patient ⟦PERSON:Kaindl Josef⟧ (Pat-Nr ⟦ID:0003318847⟧) konnte nicht am Mammomat "
        "Revelation ... sorry, gemeint: Somatom Force. Auftrag storniert, Neuanlage mit ELGA-Befund aus "
        "⟦INSTITUTION:Klinikum Wels⟧ erforderlich.",
        ("RT-Assistenz", "Mammomat", "Somatom Force", "ELGA", "storniert", "Neuanlage"),
    ),
    (
        "at23-12",
        "de",
        "Sehr geehrte Frau Mag. ⟦PERSON:Strasser⟧,\nbezugnehmend auf Ihr Schreiben vom ⟦DATE:16. November 2026⟧ "
        "(GZ ⟦ID:PVA-LI-2026/33871⟧) übermitteln wir den Befund von Herrn ⟦PERSON:Gottfried Pühringer⟧. Die Gonarthrose "
        "Kellgren-Lawrence 4 beidseits und die Coxarthrose re. schränken die Gehstrecke ein. Mit freundlichen "
        "Grüßen, ⟦INSTITUTION:Röntgeninstitut Perg⟧",
        ("Gonarthrose", "Kellgren-Lawrence 4", "Coxarthrose", "Gehstrecke", "beidseits"),
    ),
    (
        "at23-13",
        "de",
        "PATIENT NAME: ⟦PERSON:SCHNEEBERGER^GABRIELE⟧\nPATIENT ID: ⟦ID:AT918-44723⟧\nSTUDY DATE: ⟦DATE:20261201⟧\n"
        "ACCESSION: ⟦ID:SLZ2612010044⟧\nSTATION: MR-MOBIL-03 (Trailer ⟦INSTITUTION:Tauernklinikum Zell am See⟧)\n"
        "PROTOCOL: Prostata mpMRT, DWI b1400, DCE\nPI-RADS 4, Läsion PZpl li. 11 mm, PSA-Dichte 0,18",
        ("MR-MOBIL-03", "mpMRT", "DWI b1400", "DCE", "PI-RADS 4", "PZpl", "PSA-Dichte", "STUDY DATE"),
    ),
    (
        "at23-14",
        "de",
        "Ambulanzbrief Nephrologie\nBetrifft: ⟦PERSON:Leitner, Anneliese⟧, ⟦AGE:90⟧ a, derzeit im "
        "⟦INSTITUTION:Pensionistenwohnhaus Hetzendorf⟧\nSono Nieren: Zystennieren (ADPKD) bds., Niere re. 19 cm. "
        "GFR 14 ml/min. Angehörigengespräch mit Tochter Dr. ⟦PERSON:Martina Leitner-Wolf⟧ am ⟦DATE:4.12.⟧ um 14 Uhr "
        "bezüglich Peritonealdialyse.",
        ("Ambulanzbrief", "Nephrologie", "Zystennieren", "ADPKD", "GFR", "Peritonealdialyse", "14 Uhr"),
    ),
    (
        "at23-15",
        "de",
        "--\nOA Dr. med. univ. ⟦PERSON:Bernadette Zöhrer-Mbeki⟧, FÄ f. Radiologie\n⟦INSTITUTION:Zentralröntgen Steyr⟧ | "
        "⟦ADDRESS:Stadtplatz 27, 4400 Steyr⟧\nT ⟦PHONE:07252 53 6 44⟧ | ⟦EMAIL:b.zoehrer@zentralroentgen-steyr.at⟧ | "
        "⟦URL:www.zentralroentgen-steyr.at⟧\nDiese E-Mail kann vertrauliche Gesundheitsdaten gem. DSGVO Art. 9 enthalten.",
        ("DSGVO Art. 9", "Gesundheitsdaten", "vertrauliche", "Radiologie"),
    ),
    (
        "ch23-01",
        "de",
        "⟦INSTITUTION:Radiologie Zentrum Zug AG⟧ · ⟦ADDRESS:Baarerstrasse 94, 6300 Zug⟧\n"
        "Patient: ⟦PERSON:Häfliger, Reto⟧, ⟦DATE:02.09.1958⟧, AHV ⟦ID:756.4471.0923.58⟧\n"
        "Zuweiser: Dr. med. ⟦PERSON:Corinne Ammann⟧, FMH Innere Medizin, ⟦PHONE:041 711 38 20⟧\n"
        "Low-dose CT Thorax: Lungen-Rundherd Segment 6 re. 7 mm, solide, Lung-RADS 3. Emphysem zentrilobulär. "
        "Verlauf in 6 Monaten gemäss Fleischner.",
        ("Low-dose CT", "Segment 6", "Lung-RADS 3", "Emphysem", "zentrilobulär", "Fleischner", "FMH", "Innere Medizin"),
    ),
    (
        "ch23-02",
        "de",
        "Von: ⟦PERSON:Urs Gisler⟧ <⟦EMAIL:urs.gisler@hin.ch⟧>\nAn: Sekretariat ⟦INSTITUTION:MRI Seefeld⟧\n"
        "Betreff: RE: Aufgebot Frau ⟦PERSON:Tschopp⟧\n\nGrüezi mitenand, die Patientin ist Platzangst-geplagt, "
        "bitte offenes MRI (Oasis 1.2T) und Lorazepam 1 mg vorher.\n>> Termin am ⟦DATE:Mi, 9. Dez.⟧ um 07:45 bestätigt, "
        "Fall-Nr. ⟦ID:MS-26-11874⟧\n>> Freundliche Grüsse, ⟦PERSON:Nadja Brunner⟧",
        ("Platzangst", "Oasis 1.2T", "Lorazepam", "07:45", "Aufgebot", "offenes MRI"),
    ),
    (
        "ch23-03",
        "de",
        "SPORTKLINIK – Befundkopie an Vereinsarzt\nAthlet: ⟦PERSON:Kilian Zurbriggen⟧ (Ski Alpin, Jg. 2004), "
        "Lizenz-Nr. ⟦ID:SWS-11093⟧\nMRI HWS: Diskushernie C5/6 paramedian li., Myelon nicht tangiert, Modic I "
        "Endplatten C6. Keine Chiari-Malformation. Kopie an Dr. ⟦PERSON:Seraina Casutt⟧, ⟦INSTITUTION:Swiss Olympic "
        "Medical Center Davos⟧.",
        ("Diskushernie", "C5/6", "Myelon", "Modic I", "Chiari-Malformation", "Ski Alpin", "Vereinsarzt"),
    ),
    (
        "ch23-04",
        "de",
        "Tumorboard Urologie ⟦INSTITUTION:KSW⟧, ⟦DATE:25.11.2026⟧\nTeilnehmende: PD Dr. ⟦PERSON:Keller⟧"
        " (Urologie), Dr. ⟦PERSON:Ruiz Montoya⟧ (Rad.-Onko.), ⟦PERSON:Aline Frischknecht⟧ (Pflegeexpertin)\n"
        "⟦PERSON:Bachmann Erwin⟧, 77j, Nierenzellkarzinom li. 4,1 cm, Bosniak IV, RENAL-Score 7p. PSMA-PET ohne Filiae. "
        "Beschluss: Kryoablation vs. Teilnephrektomie, Zweitmeinung ⟦INSTITUTION:USZ⟧.",
        (
            "Nierenzellkarzinom",
            "Bosniak IV",
            "RENAL-Score",
            "PSMA-PET",
            "Kryoablation",
            "Teilnephrektomie",
            "Zweitmeinung",
            "Pflegeexpertin",
        ),
    ),
    (
        "ch23-05",
        "de",
        "PACS-Worklist Export (TSV)\nPID\tName\tModalität\tStatus\tLesender\n"
        "⟦ID:00712844⟧\t⟦PERSON:Gashi, Arben⟧\tCT\tungelesen\t⟦PERSON:tmuel⟧\n"
        "⟦ID:00713002⟧\t⟦PERSON:Imhof-Egli, Verena⟧\tMG\tvorläufig\t⟦PERSON:akalb⟧\n"
        "⟦ID:00713015⟧\t⟦PERSON:Nguyen Thi, Lan⟧\tUS\tfinal\t⟦PERSON:rschn⟧\nFilter: Priorität >= 2, Zeitraum 06:00–14:00",
        ("PACS-Worklist", "ungelesen", "vorläufig", "Priorität", "06:00", "Modalität"),
    ),
    (
        "ch23-06",
        "de",
        "Pflegeheim ⟦INSTITUTION:Alterszentrum Bruggwiesen⟧ meldet: Bewohner ⟦PERSON:Alfred Rüegsegger⟧ "
        "(⟦AGE:94⟧-jährig) mit Hämatom Flanke li. nach Sturz, unter Apixaban. Beistand: Frau ⟦PERSON:Zehnder⟧, ⟦INSTITUTION:KESB "
        "Effretikon⟧. CT Abdomen ohne KM: retroperitoneales Hämatom 6 cm, M. psoas li., kein aktiver Austritt. "
        "Hb-Kontrolle, Rückverlegung möglich.",
        ("Hämatom Flanke", "Apixaban", "retroperitoneales", "M. psoas", "Hb-Kontrolle", "Rückverlegung", "Sturz"),
    ),
    (
        "ch23-07",
        "de",
        "Suva-Schadenmeldung / Bildgebung\nVersicherter: ⟦PERSON:Marco Dell'Agnola⟧, Arbeitgeber ⟦INSTITUTION:Implenia "
        "Bau AG⟧, Schaden-Nr. ⟦ID:21.44719.26.3⟧\nUnfall am ⟦DATE:14.10.⟧ auf Baustelle: Skaphoidfraktur li. "
        "Herbert B2 im CT, Scaphoid-Gips 6 Wochen. Kreisarzt Dr. ⟦PERSON:Philipp Vonlanthen⟧, ⟦PHONE:058 411 22 60⟧.",
        ("Skaphoidfraktur", "Herbert B2", "Scaphoid-Gips", "Kreisarzt", "Baustelle"),
    ),
    (
        "ch23-08",
        "fr",
        "⟦INSTITUTION:IMAGERIE MÉDICALE DU LÉMAN SA⟧ – ⟦ADDRESS:Rue du Rhône 62, 1204 Genève⟧\n"
        "Patiente : Mme ⟦PERSON:Aïcha Benyoucef-Roulin⟧, née le ⟦DATE:17 avril 1983⟧\nMédecin traitant : "
        "Dr ⟦PERSON:Étienne Perrochet⟧\nIRM du genou gauche : rupture du LCA, contusion osseuse du plateau tibial "
        "latéral, ménisque interne intact. Classification de Outerbridge I.",
        ("IRM du genou", "LCA", "plateau tibial", "ménisque interne", "Outerbridge I", "contusion osseuse"),
    ),
    (
        "ch23-09",
        "fr",
        "Colloque d'oncologie thoracique, ⟦INSTITUTION:CHUV⟧, ⟦DATE:lundi 30 novembre⟧\nPrésents : Pr ⟦PERSON:Vuilleumier⟧, "
        "Dre ⟦PERSON:Mbarga⟧, M. ⟦PERSON:Tanguy Rochat⟧ (infirmier de coordination)\nM. ⟦PERSON:Girardin Jean-Luc⟧, "
        "âgé de 64 ans : mésothéliome pleural épithélioïde, mRECIST stable. Proposition : poursuite nivolumab-ipilimumab.",
        ("mésothéliome", "épithélioïde", "mRECIST", "nivolumab-ipilimumab", "infirmier de coordination", "64 ans"),
    ),
    (
        "ch23-10",
        "fr",
        "Lettre de sortie – ⟦INSTITUTION:Hôpital du Jura bernois⟧, site de ⟦INSTITUTION:Saint-Imier⟧\nConcerne : "
        "⟦PERSON:Madeleine Voirol⟧, ⟦AGE:96⟧ ans, EMS ⟦INSTITUTION:Les Lilas⟧, curatrice Mme ⟦PERSON:Chantal Boillat⟧\n"
        "Fracture du col fémoral droit Garden III, prothèse intermédiaire le ⟦DATE:21.11.2026⟧. Héparine de bas poids "
        "moléculaire 4 semaines. Contrôle radiologique à 6 semaines.",
        (
            "col fémoral",
            "Garden III",
            "prothèse intermédiaire",
            "Héparine",
            "Contrôle radiologique",
            "Lettre de sortie",
        ),
    ),
    (
        "ch23-11",
        "fr",
        "Message via portail patient\nDe : ⟦PERSON:Luc Amstutz⟧ (n° patient ⟦ID:GE-4418302⟧)\nBonjour, mon fils "
        "⟦PERSON:Noé⟧ (8 ans) a eu une radiographie du poignet hier chez ⟦INSTITUTION:Permanence de Chantepoulet⟧. "
        "Le pédiatre parle d'une fracture en motte de beurre (Salter-Harris I ?). Pouvez-vous m'appeler au "
        "⟦PHONE:079 522 41 86⟧ ? Merci",
        ("portail patient", "8 ans", "radiographie du poignet", "motte de beurre", "Salter-Harris I", "pédiatre"),
    ),
    (
        "ch23-12",
        "it",
        "⟦INSTITUTION:Centro Diagnostico Ticino⟧ – ⟦ADDRESS:Via Cantonale 19, 6900 Lugano⟧\nPaziente: "
        "⟦PERSON:Bernasconi Giulia⟧, nata il ⟦DATE:3 marzo 1971⟧\nRichiedente: Dr.ssa ⟦PERSON:Lorenza Ghiringhelli⟧\n"
        "RM encefalo con mdc: lesioni della sostanza bianca periventricolari e iuxtacorticali, criteri di McDonald 2017 "
        "soddisfatti. Midollo cervicale: lesione a C3.",
        ("RM encefalo", "sostanza bianca", "periventricolari", "McDonald 2017", "Midollo cervicale", "C3"),
    ),
    (
        "ch23-13",
        "it",
        "Consulto telefonico ore 18:20 con il Dr. ⟦PERSON:Fausto Cattaneo⟧ (⟦INSTITUTION:EOC Ospedale Regionale di "
        "Bellinzona⟧): paziente Sig.ra ⟦PERSON:Rezzonico⟧ in dialisi, sospetta stenosi della fistola. Reperibile al "
        "⟦PHONE:091 811 91 11⟧, int. ⟦PHONE:3307⟧. Eco-Doppler: flusso 420 ml/min, stenosi venosa iuxta-anastomotica.",
        ("Consulto telefonico", "18:20", "dialisi", "fistola", "Eco-Doppler", "iuxta-anastomotica"),
    ),
    (
        "ch23-14",
        "it",
        "Casa anziani ⟦INSTITUTION:Residenza Al Parco⟧, ⟦ADDRESS:Minusio⟧\nOspite: ⟦PERSON:Ercole Pedrazzini⟧, "
        "⟦AGE:92⟧ anni; figlia ⟦PERSON:Silvana⟧ (⟦EMAIL:silvana.pedrazzini@bluewin.ch⟧)\nRX torace al letto: "
        "versamento pleurico bilaterale, cardiomegalia, linee B di Kerley. Terapia con furosemide ev.",
        ("Casa anziani", "RX torace", "versamento pleurico", "cardiomegalia", "Kerley", "furosemide"),
    ),
    (
        "ch23-15",
        "it",
        "Referto teleradiologico (refertazione da ⟦INSTITUTION:TeleRad Milano Srl⟧) per ⟦INSTITUTION:Clinica Sant'Anna"
        " di Sorengo⟧\nEsame n. ⟦ID:CSA-2026-77103⟧ del ⟦DATE:05/12/2026⟧, TC addome: appendicite acuta, "
        "Alvarado 8, appendicolita 9 mm. Firmato: Dott. ⟦PERSON:Alessandro Ruggeri-Nkemelu⟧, Ordine dei Medici di Milano "
        "n. ⟦ID:43127⟧",
        ("TC addome", "appendicite acuta", "Alvarado 8", "appendicolita", "refertazione"),
    ),
    (
        "uk23-01",
        "en",
        "From: ⟦EMAIL:reporting@nighthawk-telerad.co.uk⟧\nSent: ⟦DATE:Sat 28/11/2026⟧ 03:41\nSubject: URGENT FINDING – "
        "⟦INSTITUTION:Royal Cornwall Hospitals⟧ ED\n\nPatient ⟦PERSON:KERNOW-BLAKE, Tamsin⟧, NHS No ⟦ID:485 663 1920⟧. "
        "CT head: acute subdural 9 mm with 4 mm midline shift. Phoned to Dr ⟦PERSON:Adeyemi⟧ (ED registrar) at 03:38.\n"
        "Reported from ⟦ADDRESS:Perth, Western Australia⟧ by Dr ⟦PERSON:Rhiannon Pryce⟧ FRCR",
        ("URGENT FINDING", "ED registrar", "acute subdural", "midline shift", "03:38", "FRCR", "CT head"),
    ),
    (
        "uk23-02",
        "en",
        "MOBILE MRI UNIT – ⟦INSTITUTION:InHealth⟧ trailer at ⟦INSTITUTION:Hexham General⟧ car park\n"
        "Hosp No ⟦ID:H0912774⟧ | Ms ⟦PERSON:Priya Raghunathan⟧ | DOB ⟦DATE:09-Jun-1990⟧\nMRI lumbar spine: L4/5 broad-based "
        "disc protrusion abutting the traversing L5 root, Pfirrmann 4. Schmorl's node at L2. No cauda equina "
        "compression. Radiographer: ⟦PERSON:Callum Ritchie⟧",
        (
            "MRI lumbar spine",
            "L4/5",
            "traversing L5 root",
            "Pfirrmann 4",
            "Schmorl's node",
            "cauda equina",
            "Radiographer",
        ),
    ),
    (
        "uk23-03",
        "en",
        "Dear Dr ⟦PERSON:Ogunleye⟧,\nRe: ⟦PERSON:Frederick Ashworth-Hale⟧ DOB ⟦DATE:12/02/1944⟧ "
        "⟦ADDRESS:Flat 3, 17 Marine Parade, Whitby YO21 3PR⟧\nThank you for referring this gentleman to the "
        "⟦INSTITUTION:North Yorkshire Breast & Oncology Unit⟧. His PET-CT shows an FDG-avid right hilar node (SUVmax 11). "
        "We will discuss him at the Lung MDT on Thursday at 08:00.\nYours sincerely, Mr ⟦PERSON:Tobias Quennell⟧ FRCS",
        ("PET-CT", "FDG-avid", "hilar node", "SUVmax 11", "Lung MDT", "08:00", "FRCS"),
    ),
    (
        "uk23-04",
        "en",
        "Lung MDT outcome ⟦DATE:03.12.26⟧ – ⟦INSTITUTION:Wythenshawe⟧\nPresent: Dr ⟦PERSON:S. Bhattacharya⟧ (chest "
        "radiology), Prof ⟦PERSON:Haworth⟧ (thoracic surgery), ⟦PERSON:Gemma Lowe⟧ CNS, Dr ⟦PERSON:Eilidh Munro⟧ (clinical "
        "oncology)\n⟦PERSON:Bernard Kettlewell⟧, 81y: 2.4 cm spiculated LUL nodule, Brock score 62 %, Herder 79 %. Outcome: "
        "SABR 54 Gy/3#. WHO PS 1.",
        ("Brock score", "Herder", "SABR", "54 Gy/3#", "WHO PS 1", "spiculated", "thoracic surgery", "CNS"),
    ),
    (
        "uk23-05",
        "en",
        "Care home transfer – ⟦INSTITUTION:Birchwood Lodge Nursing Home⟧, ⟦ADDRESS:Kidderminster⟧\nResident: "
        "⟦PERSON:Dorothy Pennington⟧, aged ⟦AGE:99⟧, DNACPR in place. NOK: grandson ⟦PERSON:Kieran Pennington⟧ "
        "⟦PHONE:07700 914 622⟧. Reason: ?NOF #, shortening and external rotation of L leg. Please send back with "
        "discharge summary. GP: ⟦INSTITUTION:Stourport Health Centre⟧",
        ("DNACPR", "NOF", "external rotation", "discharge summary", "Care home transfer", "shortening"),
    ),
    (
        "uk23-06",
        "en",
        "HANDOVER 20:00 – Renal/Transplant ward 7B\nBed 12 ⟦PERSON:Yusuf Ahmadzai⟧, D14 post cadaveric renal "
        "transplant. Doppler today: RI 0.82, small perinephric collection. Tacrolimus level pending. Bleep "
        "⟦PHONE:2219⟧ (transplant SpR Dr ⟦PERSON:Chidinma Eze⟧) if UO < 30 ml/h. Ultrasound booked for "
        "⟦DATE:Monday 7th⟧ under Prof. ⟦PERSON:Whitcombe⟧.",
        ("HANDOVER", "20:00", "ward 7B", "Bed 12", "cadaveric renal", "perinephric", "Tacrolimus", "SpR", "UO"),
    ),
    (
        "uk23-07",
        "en",
        "PACS worklist export ⟦DATE:2026-12-04⟧.csv\nAccession,PatientName,DOB,Exam,Priority\n⟦ID:RBK26X0045521⟧,"
        '"⟦PERSON:O\'SULLIVAN^NIAMH⟧",⟦DATE:1964-11-02⟧,XR CHEST PA,Routine\n⟦ID:RBK26X0045530⟧,"⟦PERSON:KHAN^IMRAN '
        'ALI⟧",⟦DATE:2019-05-30⟧,XR WRIST LT,2WW\n⟦ID:RBK26X0045538⟧,"⟦PERSON:LOVEDAY^ARTHUR⟧",⟦DATE:1931-01-17⟧,'
        "CT KUB,Urgent",
        ("XR CHEST PA", "Routine", "XR WRIST LT", "2WW", "CT KUB", "Urgent", "Accession"),
    ),
    (
        "uk23-08",
        "en",
        "ADDENDUM (⟦DATE:02 Dec 2026⟧ 14:12): Further to discussion with Mr ⟦PERSON:Venkataraman⟧, orthopaedic "
        "consultant at ⟦INSTITUTION:the Princess Grace⟧, the Weber C fracture has a posterior malleolar fragment "
        "(Haraguchi type 1) involving ~25 % of the plafond. Maisonneuve injury excluded on the full-length tibia "
        "and fibula views. Dr ⟦PERSON:H. Lloyd-Mensah⟧, Consultant MSK Radiologist",
        ("Weber C", "posterior malleolar", "Haraguchi type 1", "plafond", "Maisonneuve", "14:12", "MSK Radiologist"),
    ),
    (
        "uk23-09",
        "en",
        "Ticket ⟦ID:SNOW-INC0774512⟧ – Category: RIS/PACS – Raised by ⟦PERSON:jbrennan2⟧\n"
        "Images for ⟦PERSON:McAllister, Fiona⟧ (CHI ⟦ID:2307854412⟧) from ⟦INSTITUTION:NHS Lanarkshire⟧ IEP "
        "not arriving. Study UID ends .7741, Series 4 (Ax T2 FLAIR) missing. Escalated to ⟦PERSON:Stuart⟧ in "
        "Sectra support, tel ⟦PHONE:0141 355 1200⟧ ext ⟦PHONE:3314⟧",
        ("RIS/PACS", "IEP", "Series 4", "Ax T2 FLAIR", "Sectra", "Escalated"),
    ),
    (
        "uk23-10",
        "en",
        "Without prejudice – solicitors' request\n⟦INSTITUTION:Hamlin Oduya & Rowe LLP⟧, our ref ⟦ID:HOR/PI/26/0917⟧\n"
        "Client: Mr ⟦PERSON:Gareth Llewellyn⟧, DOB ⟦DATE:21.07.1977⟧. RTA on the ⟦DATE:19th of August⟧. Please provide "
        "copies of the MRI cervical spine and your report (Quebec Task Force grade II). Contact Ms ⟦PERSON:Ffion Beddoe⟧, "
        "⟦EMAIL:f.beddoe@hor-law.co.uk⟧",
        ("Without prejudice", "RTA", "MRI cervical spine", "Quebec Task Force", "grade II"),
    ),
    (
        "uk23-11",
        "en",
        "Your appointment at ⟦INSTITUTION:Vista Diagnostics Leeds⟧\n⟦ADDRESS:Unit 4, Kirkstall Retail Park, Leeds LS5 3BT⟧\n"
        "Dear Mrs ⟦PERSON:Adebayo-Thorne⟧, your MRI of the shoulder (with arthrogram) is booked for "
        "⟦DATE:Tuesday 15 December 2026⟧ at 10:30. Please arrive 15 minutes early and remove any hearing aids. "
        "Queries: ⟦PHONE:0113 426 8890⟧ or ⟦URL:vistadiagnostics.co.uk/manage⟧",
        ("arthrogram", "10:30", "15 minutes", "hearing aids", "MRI of the shoulder"),
    ),
    (
        "uk23-12",
        "en",
        "SPORTS MEDICINE CLINIC LETTER\n⟦PERSON:Reuben Okafor⟧ (academy player, 17) – ⟦INSTITUTION:St George's Park⟧ "
        "medical team\nMRI R hamstring: BAMIC grade 3c injury of the biceps femoris long head with intratendinous "
        "extension, 9 cm longitudinal length. Return to play not before week 10. Physio: ⟦PERSON:Lottie Harcourt⟧ MCSP",
        ("BAMIC", "grade 3c", "biceps femoris", "intratendinous", "Return to play", "MCSP", "17"),
    ),
    (
        "uk23-13",
        "en",
        "cc: Dr ⟦PERSON:Anwen Rees-Tudor⟧, ⟦INSTITUTION:Bron Haul Surgery⟧, ⟦ADDRESS:Heol y Bont, Llandeilo SA19 6AD⟧\n"
        "cc: Patient\ncc: ⟦INSTITUTION:Swansea Bay UHB⟧ Dialysis Unit (Sister ⟦PERSON:Morfudd Jenkins⟧)\n"
        "Typed by ⟦PERSON:KLW⟧ ⟦DATE:1/12/26⟧. Dictated but not verified. Seldinger technique, 15 Fr tunnelled line, "
        "tip at the cavo-atrial junction.",
        ("Dialysis Unit", "Dictated but not verified", "Seldinger", "15 Fr", "cavo-atrial junction", "tunnelled line"),
    ),
    (
        "uk23-14",
        "en",
        "Re: MRI prostate – Mr ⟦PERSON:Desmond Achterberg⟧ (MRN ⟦ID:K4471902⟧)\n> On ⟦DATE:30 Nov 2026⟧, at 17:02, "
        "⟦PERSON:Olawale, Bisi⟧ <⟦EMAIL:bisi.olawale@nhs.net⟧> wrote:\n> > Can we biopsy before the "
        "⟦INSTITUTION:Christie⟧ slot? PSA 9.4, Likert 4, PI-RADS v2.1 score 4 at the left PZ.\nYes – transperineal "
        "under LA, Friday list. Thanks, ⟦PERSON:Hamish⟧",
        ("MRI prostate", "PSA 9.4", "Likert 4", "PI-RADS v2.1", "PZ", "transperineal", "Friday list"),
    ),
    (
        "uk23-15",
        "en",
        "Oncology follow-up, ⟦INSTITUTION:Clatterbridge⟧ satellite at ⟦INSTITUTION:Aintree⟧\n⟦PERSON:Irene Mossop⟧, "
        "⟦AGE:90⟧ yrs, lives with carer ⟦PERSON:Ewa Nowicka⟧ at ⟦ADDRESS:22 Rice Lane, Liverpool L9 1AD⟧. CT CAP: "
        "RECIST 1.1 partial response, target lesions 41 → 26 mm. Continue letrozole + palbociclib. Next scan in 12 weeks.",
        ("CT CAP", "RECIST 1.1", "partial response", "target lesions", "letrozole", "palbociclib"),
    ),
    (
        "us23-01",
        "en",
        "TELERADIOLOGY PRELIMINARY REPORT – ⟦INSTITUTION:vRad⟧ for ⟦INSTITUTION:Pocahontas Memorial⟧ ED\n"
        "Pt: ⟦PERSON:Tremaine Whitfield⟧ | MRN ⟦ID:PMH-00418823⟧ | DOS ⟦DATE:12/05/2026⟧ 02:14 CST\n"
        "CTA chest: filling defects in the right interlobar and segmental RLL pulmonary arteries; RV/LV ratio 1.3, "
        "reflux of contrast into the IVC. Called to Dr. ⟦PERSON:Marisol Quintanilla⟧ at 02:31, read back confirmed.",
        ("TELERADIOLOGY", "CTA chest", "interlobar", "RLL", "RV/LV ratio", "IVC", "02:31", "read back"),
    ),
    (
        "us23-02",
        "en",
        "⟦INSTITUTION:SIMONMED IMAGING – SCOTTSDALE SHEA⟧\n⟦ADDRESS:10250 N 92nd St, Suite 110, Scottsdale, AZ 85258⟧ | "
        "⟦PHONE:(480) 555-0147⟧ | Fax ⟦PHONE:(480) 555-0148⟧\nPATIENT: ⟦PERSON:Halvorsen, Britt K.⟧  DOB: ⟦DATE:Aug 3, "
        "1955⟧  ACC: ⟦ID:SS2612050071⟧\nDEXA: L1-L4 T-score -2.6, left femoral neck -2.1. FRAX 10-yr major osteoporotic "
        "risk 21 %. WHO: osteoporosis.",
        ("DEXA", "L1-L4", "T-score", "femoral neck", "FRAX", "osteoporosis", "WHO"),
    ),
    (
        "us23-03",
        "en",
        "Message from patient portal (MyChart)\nFrom: ⟦PERSON:Dolores Ybarra⟧ (proxy for her father, "
        '⟦PERSON:Ignacio Ybarra⟧, ⟦AGE:93⟧)\n"Hi Dr. ⟦PERSON:Kessler⟧, the nursing home (⟦INSTITUTION:Sunrise of '
        "Sugar Land⟧) says his chest x-ray showed a 'Kerley B' thing?? They want to stop the Lasix. Can you call me at "
        '⟦PHONE:281-555-0193⟧ after 3pm? Thanks"',
        ("patient portal", "MyChart", "chest x-ray", "Kerley B", "Lasix", "3pm", "nursing home"),
    ),
    (
        "us23-04",
        "en",
        "Tumor Board – ⟦INSTITUTION:Huntsman⟧ GI/HPB, ⟦DATE:Wednesday, December 2nd⟧\nAttendees: ⟦PERSON:Raj "
        "Subramaniam⟧, MD (Surg Onc); ⟦PERSON:Kaitlyn O'Rourke⟧, DO (Rad); ⟦PERSON:Tomasz Wierzbicki⟧, PharmD\n"
        "Case 2: ⟦PERSON:Leland Boyce⟧, 59M, pancreatic head adenocarcinoma, SMV abutment < 180°, borderline resectable "
        "per NCCN. CA 19-9 840. Plan: mFOLFIRINOX x 4 cycles then restage, Whipple.",
        ("pancreatic head", "SMV", "borderline resectable", "NCCN", "CA 19-9", "mFOLFIRINOX", "Whipple", "59M"),
    ),
    (
        "us23-05",
        "en",
        "Prior authorization – eviCore case ⟦ID:A208877413⟧\nMember: ⟦PERSON:Juarez-Holloway, Angela⟧ "
        "Member ID ⟦ID:XKH884120053⟧ Group ⟦ID:0071945⟧\nRequested: MRI L-spine w/o (CPT 72148), ICD-10 M54.16. "
        "Ordering: ⟦PERSON:Nathaniel Pruitt⟧, PA-C, ⟦INSTITUTION:Desert Ridge Orthopedics & Spine⟧, NPI ⟦ID:1598774312⟧. "
        "Approved ⟦DATE:11/30/26⟧.",
        ("Prior authorization", "CPT 72148", "M54.16", "PA-C", "MRI L-spine"),
    ),
    (
        "us23-06",
        "en",
        "DIALYSIS ACCESS CENTER NOTE\n⟦PERSON:Earline Pettaway⟧ (⟦INSTITUTION:DaVita⟧ pt, chair 14, ⟦INSTITUTION:DaVita Magnolia "
        "Grove Dialysis⟧), HD M/W/F. Fistulogram: 70 % juxta-anastomotic stenosis of L brachiocephalic AVF, treated "
        "with 7 mm Mustang balloon, residual 10 %. Heparin 3000 units. Nephrologist Dr. ⟦PERSON:Amadou Sy⟧ notified "
        "by text ⟦PHONE:334-555-0172⟧.",
        ("Fistulogram", "juxta-anastomotic", "brachiocephalic AVF", "Mustang", "Heparin", "chair 14", "M/W/F"),
    ),
    (
        "us23-07",
        "en",
        "(0008,0050) AccessionNumber SH: ⟦ID:E7741903⟧\n(0008,0080) InstitutionName LO: ⟦INSTITUTION:ALLIANCE "
        "HEALTHCARE MOBILE 22⟧\n(0008,1010) StationName SH: MR_TRAILER_GE\n(0010,0010) PatientName PN: "
        "⟦PERSON:NAKAMURA^KENJI^T⟧\n(0010,1010) PatientAge AS: 047Y\n(0018,0020) ScanningSequence CS: SE\\IR\n"
        "(0008,1030) StudyDescription LO: MRI BRAIN W WO CONTRAST",
        ("AccessionNumber", "StationName", "MR_TRAILER_GE", "047Y", "ScanningSequence", "MRI BRAIN W WO CONTRAST"),
    ),
    (
        "us23-08",
        "en",
        "ORTHO CLINIC – ⟦INSTITUTION:OrthoCarolina Ballantyne⟧\n⟦PERSON:Jaylen Brooks⟧ (HS QB, 16 y/o) seen with mom "
        "⟦PERSON:Tanisha⟧. MRI R shoulder from ⟦INSTITUTION:Novant Imaging Steele Creek⟧ (⟦DATE:11/2026⟧): Bankart "
        "lesion with ALPSA, small Hill-Sachs. Beighton 2/9. Plan arthroscopic stabilization; cleared for PT only. "
        "AT: Coach ⟦PERSON:Dwyer⟧",
        ("Bankart", "ALPSA", "Hill-Sachs", "Beighton 2/9", "arthroscopic", "16 y/o", "PT"),
    ),
    (
        "us23-09",
        "en",
        "Ticket ⟦ID:ZD-448129⟧ (Zendesk) – Radiology Billing\nRequester: ⟦PERSON:Harold Van Buskirk⟧ "
        '<⟦EMAIL:hvanbuskirk77@yahoo.com⟧>\n"Why was I billed $412 for a CT head w/o when Medicare should cover? '
        'My MBI is ⟦ID:5EG4-TE5-MK73⟧." Agent ⟦PERSON:Crystal⟧: EOB shows CO-97 denial, resubmitting with modifier 59.',
        ("Radiology Billing", "CT head", "EOB", "CO-97", "modifier 59"),
    ),
    (
        "us23-10",
        "en",
        "Transplant evaluation – UNOS listing workup, ⟦INSTITUTION:Ochsner Multi-Organ Transplant "
        "Institute⟧\nCandidate: ⟦PERSON:Beatriz Oyelaran-Cruz⟧, SSN last 4: ⟦ID:6218⟧, MELD-Na 28\nCT liver protocol "
        "(arterial/portal venous/delayed): cirrhotic liver, LI-RADS 5 in segment 8 (2.3 cm), within Milan criteria. "
        "Patent TIPS. Coordinator: ⟦PERSON:Renee Thibodeaux⟧, RN ⟦PHONE:504-555-0126⟧ x⟦PHONE:40712⟧",
        ("MELD-Na", "LI-RADS 5", "segment 8", "Milan criteria", "TIPS", "portal venous", "cirrhotic"),
    ),
    (
        "us23-11",
        "en",
        "Re: records request – ⟦INSTITUTION:Goldfarb, Ruiz & Adebayo, P.C.⟧\nOur client ⟦PERSON:Darnell Whitaker⟧ "
        "(workers' comp claim ⟦ID:WC-26-113877⟧, DOI ⟦DATE:7/14/2026⟧) requests films and reports. Please mail "
        "CD to ⟦ADDRESS:400 Commerce St, Ste 900, Nashville, TN 37219⟧. Paralegal: ⟦PERSON:Brianna Kowalski⟧, "
        "⟦PHONE:615.555.0168⟧ ext. ⟦PHONE:224⟧",
        ("records request", "workers' comp", "films and reports", "Paralegal"),
    ),
    (
        "us23-12",
        "en",
        "FINAL REPORT  ⟦INSTITUTION:RAYUS RADIOLOGY – St. Cloud⟧\nEXAM: MRI Knee Left w/o  COMPARISON: outside x-ray "
        "⟦INSTITUTION:CentraCare⟧ ⟦DATE:Oct 3rd⟧\nFINDINGS: Complex tear posterior horn medial meniscus with "
        "parameniscal cyst. Grade 2 MCL sprain. Chondromalacia patellae Outerbridge 2. Popliteal (Baker) cyst.\n"
        "Electronically signed by ⟦PERSON:Gretchen Olmsted-Vang⟧, MD on ⟦DATE:12/04/2026⟧ 4:52 PM",
        (
            "medial meniscus",
            "parameniscal cyst",
            "MCL sprain",
            "Chondromalacia patellae",
            "Outerbridge 2",
            "Popliteal (Baker) cyst",
            "4:52 PM",
        ),
    ),
    (
        "us23-13",
        "en",
        "SNF to ED transfer form\nFacility: ⟦INSTITUTION:Autumn Ridge Health & Rehab⟧, ⟦ADDRESS:Muncie, IN⟧\nResident: "
        '⟦PERSON:Vernon "Buddy" Sizemore⟧, DOB ⟦DATE:02/29/1932⟧, POA: daughter-in-law ⟦PERSON:Cheryl Sizemore⟧\n'
        "Hx: CKD stage 4, Foley, Parkinson's. Found on floor at 0515. Request: CT head and C-spine (NEXUS criteria not met).",
        ("SNF", "CKD stage 4", "Foley", "Parkinson's", "0515", "NEXUS criteria", "C-spine"),
    ),
    (
        "us23-14",
        "en",
        "--- Forwarded message ---\nFrom: Dr. ⟦PERSON:Ahmed El-Masry⟧ <⟦EMAIL:aelmasry@cancercare-northtexas.org⟧>\n"
        "Date: ⟦DATE:Thu, Dec 3, 2026⟧ at 9:07 AM\n>> PET/CT for Mrs. ⟦PERSON:Loretta Gaines⟧: Deauville 4 in the "
        "mediastinum, Lugano PR. Please add to the lymphoma conference.\nThanks – ⟦PERSON:Sofia⟧ | Oncology Nurse "
        "Navigator | ⟦INSTITUTION:Texas Oncology–Plano West⟧",
        (
            "PET/CT",
            "Deauville 4",
            "mediastinum",
            "Lugano",
            "lymphoma conference",
            "Oncology Nurse Navigator",
            "9:07 AM",
        ),
    ),
    (
        "us23-15",
        "en",
        "VA COMMUNITY CARE CONSULT\nVeteran: ⟦PERSON:Robert E. Lightfoot⟧, ICN ⟦ID:1012884573V662105⟧, last 4 "
        "⟦ID:4471⟧\nReferred from ⟦INSTITUTION:Fayetteville VAMC⟧ to ⟦INSTITUTION:Highlands Imaging Partners⟧. "
        "Agent Orange exposure (Vietnam 1968-1970). Request low-dose CT lung screening, Lung-RADS follow-up. "
        "POC: Ms. ⟦PERSON:Tonya Redbird⟧, ⟦PHONE:479-555-0110⟧, x⟦PHONE:5561⟧",
        ("Agent Orange", "Vietnam", "1968-1970", "low-dose CT", "Lung-RADS", "COMMUNITY CARE CONSULT"),
    ),
)

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
