"""Held-out 15: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/deid/`), nor its tests, nor
tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md, nor the excerpts of any earlier
held-out corpus (only held-out 14's module docstring, runner and floor test, and held-out 9's
`build_excerpts` and constants; a constants printout showed the first ~200 characters of one
held-out 9 excerpt, which were not reused). 80 excerpts, 16 each from DE, AT, CH (German,
French, Italian), UK and US, shaped like real exports: RIS headers, letters, findings,
signatures and cc lines, addenda, tumour boards, phone notes, outside-study mentions and tabular
exports. PHI in national forms (names with and without titles, "Surname, Firstname", relatives;
facilities with and without keywords, short names, abbreviations; address blocks; phones with
extensions; IDs of many kinds; dates; e-mails; URLs; ages over 89). Keep-terms as hard:
eponyms, anatomy, drugs, devices, scanners, sequences, scores, capitalised German nouns, image
references, vertebral levels, young ages, bare years.

Markup and span conventions are held-out 11's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ages under 90, bare years and generic department names outside the
spans; for ages over 89 only the number, for extensions only the digits).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import Excerpt, build_excerpts

_RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # ---------------- DE ----------------
    (
        "de01",
        "de",
        "RIS-Export | Pat.: ⟦PERSON:Wendler, Katrin⟧ | geb. ⟦DATE:17.03.1961⟧ | PID ⟦ID:00481273⟧ | "
        "Fallnr. ⟦ID:2025-118834⟧ | Untersuchung: MRT LWS nativ | T2-TSE sagittal, STIR"
        "\nZuweiser: Dr. ⟦PERSON:Malte Jessen⟧, ⟦ADDRESS:Holstenstr. 20, 24103 Kiel⟧. Modic Typ 1 "
        "L4/5.",
        ("Modic Typ 1", "L4/5", "MRT", "LWS", "T2-TSE", "STIR"),
    ),
    (
        "de02",
        "de",
        "⟦INSTITUTION:Radiologie Zentrum Rheinaue⟧ · ⟦ADDRESS:Uferstraße 12, 53111 Bonn⟧ · Tel. "
        "⟦PHONE:0228 44 91-0⟧\nHerrn Dr. ⟦PERSON:Tobias Hennecke⟧, Hausarzt\nBetr.: ⟦PERSON:Ilse Marquardt⟧, "
        "geb. ⟦DATE:02.11.1948⟧\nCT Thorax mit KM (Imeron 350): keine Lungenembolie."
        "\nRückfragen: ⟦EMAIL:sekretariat@rz-rheinaue.de⟧, Durchwahl ⟦PHONE:22⟧. Wells-Score 3.",
        ("Wells-Score 3", "CT Thorax", "Imeron 350", "Lungenembolie", "Hausarzt"),
    ),
    (
        "de03",
        "de",
        "Befund: Morbus Scheuermann der BWS, Schmorl-Knötchen BWK 8/9. Kein Hinweis auf Spondylodiszitis.\n"
        "Mit freundlichen Grüßen\nPD Dr. med. ⟦PERSON:Annegret Sievers⟧ | OÄ Radiologie | Durchwahl ⟦PHONE:3318⟧"
        "\nVorbefund ⟦INSTITUTION:Kreisklinik Ebersberg⟧ vom ⟦DATE:07.10.2024⟧.",
        ("Vorbefund", "Morbus Scheuermann", "Schmorl-Knötchen", "BWK 8/9", "Spondylodiszitis"),
    ),
    (
        "de04",
        "de",
        "Telefonat ⟦DATE:14.05.2025⟧ 16:40: kritischer Befund (freie Luft) an Stationsarzt ⟦PERSON:Jonas Pfeiffer⟧ "
        "(Station 4B, ⟦PHONE:0511 532-7741⟧) übermittelt. Rückruf durch Ehefrau ⟦PERSON:Beate Lorenz⟧."
        "\nFallnummer ⟦ID:0019923348⟧, Pat. ⟦PERSON:Lorenz, Gerd⟧. CT Abdomen: Perforation Sigma.",
        ("Perforation", "Sigma", "freie Luft", "Station 4B", "Stationsarzt"),
    ),
    (
        "de05",
        "de",
        "Voraufnahmen: CT Abdomen vom ⟦DATE:03/2023⟧ aus dem ⟦INSTITUTION:Klinikum Lippe-Detmold⟧, "
        "Befund liegt vor. Vergleich mit ⟦INSTITUTION:MVZ Am Ostwall⟧ (Sonographie ⟦DATE:12.01.2024⟧).\n"
        "Leberläsion Segment VII unverändert 14 mm, vereinbar mit Hämangiom."
        "\nPat.: ⟦PERSON:Siegfried Ahlers⟧, geb. ⟦DATE:26.6.1950⟧.",
        ("Leberläsion", "Segment VII", "Hämangiom", "Sonographie", "14 mm"),
    ),
    (
        "de06",
        "de",
        "Tumorkonferenz ⟦DATE:Mittwoch, 21. Mai 2025⟧\n1. ⟦PERSON:Kowalczyk, Grzegorz⟧, 67 J., NSCLC cT2b N1 M0, "
        "PET-CT ⟦INSTITUTION:Uniklinik Greifswald⟧\n2. ⟦PERSON:Aydın, Elif⟧, 54 J., Mamma-Ca links, BI-RADS 5"
        "\nProtokoll: Dr. ⟦PERSON:Imke Fröhlich⟧, Sekretariat ⟦PHONE:03834 86-6902⟧.",
        ("Protokoll", "Mamma-Ca", "NSCLC", "PET-CT", "BI-RADS 5", "67 J.", "54 J."),
    ),
    (
        "de07",
        "de",
        "Versicherte: ⟦PERSON:Dörte Brinkmann-Oltmanns⟧ | KVNR ⟦ID:K847293105⟧ | Kasse: AOK Niedersachsen | "
        "Anschrift ⟦ADDRESS:Am Deich 3a, 26789 Leer⟧ | Tel ⟦PHONE:0491 92 33 17⟧"
        "\nBefund an ⟦INSTITUTION:Borromäus-Hospital⟧ Leer, z. Hd. Dr. ⟦PERSON:Ubbo Wiltfang⟧. "
        "Kontrastmittel: Ultravist 370.",
        ("Ultravist 370", "AOK Niedersachsen", "Kasse"),
    ),
    (
        "de08",
        "de",
        "Nachtrag vom ⟦DATE:09.06.2025⟧: nach Rücksprache mit Prof. ⟦PERSON:Hartwig Olbers⟧ (⟦INSTITUTION:Herzzentrum "
        "Weserbergland⟧) ergänzend Agatston-Score 412. Basedow-Struma als Nebenbefund."
        "\nPat. ⟦PERSON:Hermann Kloppenburg⟧, ⟦AGE:92⟧ Jahre, Herzschrittmacher MR-conditional.",
        ("Herzschrittmacher", "MR-conditional", "Agatston-Score 412", "Basedow-Struma", "Nebenbefund"),
    ),
    (
        "de09",
        "de",
        "cc: ⟦INSTITUTION:Praxis Dr. Feuerstein⟧, ⟦ADDRESS:Lindenallee 88, 14050 Berlin⟧; "
        "⟦INSTITUTION:Evangelisches Waldkrankenhaus Spandau⟧, Chirurgie, Fax ⟦PHONE:030 3702-1049⟧"
        "\nBetr.: ⟦PERSON:Paulina Wiśniewska⟧, geb. ⟦DATE:30.01.1992⟧; Befund: Osgood-Schlatter "
        "links.",
        (
            "Osgood-Schlatter",
            "Chirurgie",
        ),
    ),
    (
        "de10",
        "de",
        "Anmeldung: Pat. ⟦PERSON:Reinhold Ziegenbalg⟧, ⟦AGE:93⟧-jährig, aus ⟦INSTITUTION:Seniorenstift Abendrot⟧. "
        "Auftrag Röntgen Becken a.p. nach Sturz, V.a. Schenkelhalsfraktur (Garden III)."
        "\nBetreuerin ⟦PERSON:Gisela Ziegenbalg⟧, ⟦PHONE:0351 4712 660⟧.",
        ("Betreuerin", "Röntgen Becken", "Schenkelhalsfraktur", "Garden III", "Sturz"),
    ),
    (
        "de11",
        "de",
        "Auftragsnummer ⟦ID:RAD-25-0077312⟧ / Accession ⟦ID:A250611-0093⟧\nSiemens Magnetom Vida 3T, DWI b800, "
        "ADC. Kleiner Infarkt im Stromgebiet der ACM rechts. Befundet ⟦DATE:11.06.2025⟧ Dr. ⟦PERSON:Kerem Yıldız⟧."
        "\nPat.-ID ⟦ID:PID-7783104⟧, ⟦PERSON:Wilma Rutkowski⟧, *⟦DATE:04.12.1943⟧.",
        ("Stromgebiet", "Siemens Magnetom Vida", "DWI", "ADC", "ACM"),
    ),
    (
        "de12",
        "de",
        "Mutter ⟦PERSON:Sandra Kühnel⟧ (Tel. ⟦PHONE:0176 4410 2287⟧) begleitet Kind ⟦PERSON:Mats Kühnel⟧, 6 J. "
        "Sonographie Hüfte: Graf Typ Ia beidseits, kein Erguss."
        "\nTermin ⟦DATE:Freitag, 13.06.2025⟧ bei ⟦INSTITUTION:Kinderradiologie am Sonnenhof⟧.",
        ("Termin", "Graf Typ Ia", "Sonographie Hüfte", "6 J.", "Erguss"),
    ),
    (
        "de13",
        "de",
        "Bitte Bilder an: ⟦EMAIL:bildanforderung@ortho-marienplatz.de⟧ bzw. Upload unter "
        "⟦URL:https://upload.ortho-marienplatz.de/extern⟧. Ansprechpartnerin Frau ⟦PERSON:Vesna Tomić⟧, "
        "App. ⟦PHONE:214⟧."
        "\nBezug: Pat. ⟦PERSON:Arnold Steinhäuser⟧, Aufnahme ⟦DATE:08.06.2025⟧, Fall ⟦ID:25-7731098⟧. "
        "Tossy II.",
        ("Tossy II", "Bilder", "Upload"),
    ),
    (
        "de14",
        "de",
        ""
        "Patient;Geburtsdatum;Aufnahme;Station\n⟦PERSON:Hollenbach⟧;⟦PERSON:Ulrich⟧;⟦DATE:1957-08-29⟧;⟦DATE:2025-06-02⟧;"
        "Kardio\n⟦PERSON:Nguyen⟧;⟦PERSON:Thi Lan⟧;⟦DATE:1989-12-04⟧;⟦DATE:2025-06-03⟧;Gyn"
        "\n⟦PERSON:Schäfer⟧;⟦PERSON:Gudrun⟧;⟦DATE:1940-03-15⟧;⟦DATE:2025-06-04⟧;Neuro",
        ("Neuro", "Geburtsdatum", "Kardio", "Gyn"),
    ),
    (
        "de15",
        "de",
        "Zuweiser: ⟦INSTITUTION:Gemeinschaftspraxis Nordstadt⟧ (Dres. ⟦PERSON:Albers⟧ & ⟦PERSON:Quade⟧), LANR "
        "⟦ID:382917401⟧, BSNR ⟦ID:721948300⟧. Frage: Baker-Zyste? MRT Knie rechts: Baker-Zyste 3 cm, "
        "Hoffa-Fettkörper unauffällig."
        "\nTel. Praxis ⟦PHONE:0231 83 77 40⟧, Fax ⟦PHONE:0231 83 77 41⟧. Kellgren-Lawrence Grad 2.",
        ("Kellgren-Lawrence Grad 2", "Baker-Zyste", "Hoffa-Fettkörper", "MRT Knie"),
    ),
    (
        "de16",
        "de",
        "Elektronisch signiert am ⟦DATE:12.06.2025⟧ um 08:12 durch Dr. med. ⟦PERSON:Friederike von Alvensleben⟧, "
        "⟦INSTITUTION:St. Josefs-Hospital⟧ ⟦ADDRESS:Solmsstraße 15, 65189 Wiesbaden⟧. Gadovist 0,1 mmol/kg."
        "\nPat.: ⟦PERSON:Constanze Rheinfels⟧, geb. ⟦DATE:11. Februar 1977⟧, Fallnr. ⟦ID:51004883⟧. "
        "Lhermitte-Zeichen klinisch.",
        ("Lhermitte-Zeichen", "Gadovist", "0,1 mmol/kg", "08:12"),
    ),
    # ---------------- AT ----------------
    (
        "at01",
        "de",
        "Pat.: ⟦PERSON:Gruber, Leopoldine⟧ | SVNR ⟦ID:1234 150352⟧ | Aufn.-Zl. ⟦ID:25/044817⟧ | "
        "⟦INSTITUTION:LKH Feldkirch⟧ | Zuw.: Dr. ⟦PERSON:Pichler⟧, Rankweil"
        "\nBefund: Morbus Sudeck, CRPS Typ I. Kontakt Ambulanz ⟦PHONE:05522 303-4102⟧, "
        "⟦DATE:02.06.2025⟧.",
        (
            "Morbus Sudeck",
            "CRPS Typ I",
            "Ambulanz",
            "Zuw.",
        ),
    ),
    (
        "at02",
        "de",
        "⟦INSTITUTION:Diagnosezentrum Urfahr⟧, ⟦ADDRESS:Hauptstraße 51, 4040 Linz⟧, Tel. ⟦PHONE:+43 732 73 64 70⟧, "
        "DW ⟦PHONE:23⟧\nMammographie bds.: ACR B, BI-RADS 2. Sonographie ergänzend unauffällig."
        "\nPatientin ⟦PERSON:Hermine Ebner-Zauner⟧, ⟦DATE:14.04.1966⟧, SVNR ⟦ID:2291 140466⟧.",
        ("Patientin", "Mammographie", "ACR B", "BI-RADS 2"),
    ),
    (
        "at03",
        "de",
        "Telefonische Befundübermittlung am ⟦DATE:3. Juni 2025⟧ an OA Dr. ⟦PERSON:Stefan Moser⟧ "
        "(⟦INSTITUTION:Klinik Ottakring⟧, ⟦PHONE:01 49150-2306⟧): subdurales Hämatom 9 mm, Mittellinienshift 4 mm."
        "\nPat. ⟦PERSON:Ferdinand Haslinger⟧, ⟦AGE:90⟧ a, Aufn.-Zl. ⟦ID:2025-0448132⟧.",
        ("Aufn.-Zl.", "subdurales Hämatom", "Mittellinienshift", "9 mm"),
    ),
    (
        "at04",
        "de",
        "Vorbefund: CT Schädel ⟦INSTITUTION:UKH Meidling⟧ vom ⟦DATE:28.02.2025⟧. Jetzt MRT: Chiari-Malformation Typ I, "
        "Tonsillentiefstand 7 mm. Syrinx C4–C6."
        "\nPat.: ⟦PERSON:Kerschbaumer, Lea⟧, *⟦DATE:03.08.2001⟧; Zuw. ⟦INSTITUTION:Neurologie Praxis "
        "Dr. Wallisch⟧.",
        ("Tonsillentiefstand", "Chiari-Malformation Typ I", "C4–C6", "Syrinx", "CT Schädel"),
    ),
    (
        "at05",
        "de",
        "Sehr geehrte Frau Kollegin ⟦PERSON:Hofbauer-Wallner⟧!\nWir berichten über Ihre Patientin "
        "⟦PERSON:Theresia Egger⟧, "
        "geb. ⟦DATE:19.07.1938⟧, wh. ⟦ADDRESS:Kirchgasse 4, 6460 Imst⟧."
        "\nMRT Hüfte: Perthes-Residuum, Morbus Ahlbäck ausgeschlossen. Kopie an "
        "⟦INSTITUTION:Krankenhaus Zams⟧.",
        ("Perthes-Residuum", "Morbus Ahlbäck", "MRT Hüfte", "Patientin", "Kollegin"),
    ),
    (
        "at06",
        "de",
        "Tumorboard ⟦INSTITUTION:Ordensklinikum Elisabethinen⟧ ⟦DATE:Do, 05.06.2025⟧: ⟦PERSON:Huber Maximilian⟧ "
        "(*⟦DATE:11.1.1960⟧) – HCC BCLC B, LI-RADS 5, TACE empfohlen."
        "\nVorsitz: Prim. Dr. ⟦PERSON:Helmut Aigner⟧, Protokoll DGKP ⟦PERSON:Sabine Wimmer⟧, Tel. "
        "⟦PHONE:0732 7676-4411⟧.",
        ("Vorsitz", "HCC", "BCLC B", "LI-RADS 5", "TACE"),
    ),
    (
        "at07",
        "de",
        "Angehörige: Tochter ⟦PERSON:Monika Steiner⟧, ⟦PHONE:0664 381 22 90⟧; Sohn ⟦PERSON:Christoph⟧ "
        "(Wien). Pat. ⟦AGE:91⟧ a, dement, Thorax-Röntgen: Pleuraerguss rechts."
        "\nHausärztin Dr. ⟦PERSON:Irmgard Hell⟧, ⟦ADDRESS:Marktplatz 2, 3100 St. Pölten⟧.",
        ("Hausärztin", "Pleuraerguss", "Thorax-Röntgen", "dement"),
    ),
    (
        "at08",
        "de",
        "Kurvenblatt-Export: ⟦ID:KH-0093342⟧\t⟦PERSON:KRAINER⟧\t⟦PERSON:JOSEF⟧\t⟦DATE:04.04.1952⟧\tm\tCT-Angio "
        "Becken-Bein\tFontaine IIb"
        "\n⟦ID:KH-0093371⟧\t⟦PERSON:BAUMGARTNER⟧\t⟦PERSON:ERNA⟧\t⟦DATE:21.10.1939⟧\tw\tDuplex\tRutherford 3",
        ("Duplex", "Rutherford 3", "CT-Angio", "Fontaine IIb"),
    ),
    (
        "at09",
        "de",
        "Befundung: Prim. Univ.-Prof. Dr. ⟦PERSON:Gernot Url⟧, ⟦INSTITUTION:Barmherzige Brüder Graz⟧. Zweitbefundung: "
        "Dr. ⟦PERSON:Ana Petrović⟧. e-card geprüft. Fibroadenom, Biopsie nicht nötig."
        "\nPat. ⟦PERSON:Kathrin Url⟧, ⟦DATE:02.02.1985⟧, Ordination ⟦PHONE:0316 7067-0⟧.",
        ("Ordination", "e-card", "Fibroadenom", "Biopsie"),
    ),
    (
        "at10",
        "de",
        "Externe Bilder: CD von ⟦INSTITUTION:Röntgen Dornbirn⟧ (⟦DATE:Jänner 2025⟧) eingelesen. Fremdbefund von "
        "⟦INSTITUTION:Institut Dr. Rauscher⟧ nachgereicht. Bankart-Läsion und Hill-Sachs-Delle links."
        "\nPat. ⟦PERSON:Elias Fink⟧, ⟦DATE:9.5.1998⟧, Zuw. Dr. ⟦PERSON:Brändle⟧, "
        "⟦INSTITUTION:Sportordination Bregenz⟧.",
        ("Zuw.", "Bankart-Läsion", "Hill-Sachs-Delle", "CD"),
    ),
    (
        "at11",
        "de",
        "Nachricht an ⟦EMAIL:r.obermayr@kages.at⟧: Patientin ⟦PERSON:Obermayr, Rosa⟧ bitte zur Kontrolle in 6 Monaten. "
        "Tel. Sekretariat ⟦PHONE:0316 385-13370⟧."
        "\nFallzahl ⟦ID:F25-118893⟧; Geb.-Dat. ⟦DATE:17.11.1958⟧. Bosniak IIF Zyste Niere links.",
        ("Bosniak IIF", "Niere", "Kontrolle", "Sekretariat", "6 Monaten"),
    ),
    (
        "at12",
        "de",
        "⟦INSTITUTION:PVE Gesundheitszentrum Mariahilf⟧ – Überweisung: ⟦PERSON:Fatma Demir⟧, "
        "⟦ADDRESS:Gumpendorfer Str. "
        "120/7, 1060 Wien⟧, VSNR ⟦ID:4567 020290⟧. Frage: Cholezystolithiasis?"
        "\nÜberweisende Dr. ⟦PERSON:Johanna Sailer⟧, Tel. ⟦PHONE:01 597 33 20⟧ DW ⟦PHONE:15⟧.",
        ("Frage", "Cholezystolithiasis", "Überweisung"),
    ),
    (
        "at13",
        "de",
        "Addendum ⟦DATE:18.06.25⟧: Vergleich mit MR ⟦INSTITUTION:AKH⟧ ⟦DATE:2021⟧ nicht möglich, da nicht im PACS. "
        "Klatskin-Tumor Bismuth IIIa weiterhin fraglich."
        "\nPat. ⟦PERSON:Rudolf Pachinger⟧, *⟦DATE:30.12.1951⟧, ⟦INSTITUTION:Klinik Floridsdorf⟧.",
        ("weiterhin", "Klatskin-Tumor", "Bismuth IIIa", "PACS"),
    ),
    (
        "at14",
        "de",
        "Unterschrift: Dr.in ⟦PERSON:Magdalena Hörmann⟧, FÄ für Radiologie, ⟦INSTITUTION:Salzkammergut "
        "Klinikum Vöcklabruck⟧, "
        "⟦ADDRESS:Dr.-Wilhelm-Bock-Str. 1, 4840 Vöcklabruck⟧"
        "\nBetr. ⟦PERSON:Leitner, Erwin⟧, SVNR ⟦ID:3312 250747⟧. Morbus Forestier (DISH) BWS.",
        (
            "Morbus Forestier",
            "DISH",
            "BWS",
            "FÄ für Radiologie",
        ),
    ),
    (
        "at15",
        "de",
        "Rückruf Ehemann Herr ⟦PERSON:Anton Reiter⟧ unter ⟦PHONE:+43 676 5502118⟧. Dotarem 7,5 ml i.v., Sequenzen "
        "T1 VIBE, T2 HASTE. Kein Hinweis auf Morbus Crohn-Aktivität."
        "\nPat. ⟦PERSON:Reiter Hildegard⟧, ⟦DATE:06.03.1956⟧, Termin ⟦DATE:24.06.2025⟧.",
        ("Termin", "Dotarem", "T1 VIBE", "T2 HASTE", "Morbus Crohn"),
    ),
    (
        "at16",
        "de",
        "Auftragsnr. ⟦ID:ORD-25-661023⟧ Einsender ⟦INSTITUTION:Hanusch-Krankenhaus⟧ Station 2.Med; Patient "
        "⟦PERSON:Wolfgang Tscherne⟧, ⟦DATE:23.9.1944⟧; Hounsfield-Einheiten 38 HE."
        "\nRückfragen ⟦EMAIL:roentgen@hanuschkrankenhaus.at⟧ oder ⟦PHONE:01 91021-84650⟧.",
        ("Rückfragen", "Hounsfield-Einheiten", "38 HE", "Station 2.Med"),
    ),
    # ---------------- CH ----------------
    (
        "ch01",
        "de",
        "Patient: ⟦PERSON:Bürgi, Hansueli⟧ | AHV ⟦ID:756.4412.7781.05⟧ | Fall-Nr. ⟦ID:40 117 882⟧ | "
        "⟦INSTITUTION:Kantonsspital Aarau⟧ | Zuweiser Dr. ⟦PERSON:Reto Vogt⟧"
        "\nGeb. ⟦DATE:22.02.1949⟧; ⟦ADDRESS:Dorfstrasse 31, 5034 Suhr⟧. Befund: Hamartom, "
        "Popcorn-Verkalkung.",
        (
            "Hamartom",
            "Popcorn-Verkalkung",
            "Zuweiser",
        ),
    ),
    (
        "ch02",
        "fr",
        "⟦INSTITUTION:Hôpital de la Tour⟧, ⟦ADDRESS:Avenue J.-D. Maillard 3, 1217 Meyrin⟧\nMadame "
        "⟦PERSON:Chantal Rochat⟧, "
        "née le ⟦DATE:4 mars 1955⟧. IRM du genou: lésion de Stener absente, kyste de Baker."
        "\nTél. secrétariat ⟦PHONE:022 719 61 11⟧. Médecin traitant: Dr ⟦PERSON:Sophie Dubuis⟧.",
        ("Médecin traitant", "secrétariat", "IRM", "lésion de Stener", "kyste de Baker"),
    ),
    (
        "ch03",
        "it",
        "⟦INSTITUTION:Ospedale Regionale di Lugano⟧, sede Civico. Paziente ⟦PERSON:Bernasconi Luca⟧, "
        "nato il ⟦DATE:12.08.1970⟧. "
        "TC torace: nodulo 6 mm lobo superiore destro, Fleischner: nessun controllo."
        "\nMedico: dr. ⟦PERSON:Alessio Rusconi⟧, ⟦PHONE:091 811 60 00⟧. Data esame ⟦DATE:03.06.2025⟧.",
        ("Data esame", "TC torace", "Fleischner", "lobo superiore destro"),
    ),
    (
        "ch04",
        "de",
        "Telefon ⟦DATE:5.6.2025⟧ 11:05 mit Dr. ⟦PERSON:Seraina Caduff⟧ (⟦INSTITUTION:KSGR⟧, ⟦PHONE:081 256 61 11⟧, "
        "intern ⟦PHONE:4460⟧): Pneumothorax rechts 2 cm apikal, Drainage empfohlen."
        "\nPat. ⟦PERSON:Gian-Andrea Cantieni⟧, ⟦DATE:18.04.1987⟧, Fall ⟦ID:7719044⟧.",
        ("apikal", "Pneumothorax", "Drainage", "11:05"),
    ),
    (
        "ch05",
        "fr",
        "Copie à: Dr ⟦PERSON:Yves Perrenoud⟧, ⟦ADDRESS:Rue du Seyon 14, 2000 Neuchâtel⟧; ⟦INSTITUTION:RHNe⟧ Pourtalès. "
        "Conclusion: fracture de Pouteau-Colles, classification AO 23-A2."
        "\nPatient M. ⟦PERSON:Jean-Daniel Favre⟧, né le ⟦DATE:30.11.1962⟧, n° AVS "
        "⟦ID:756.9081.3342.17⟧.",
        ("Conclusion", "fracture de Pouteau-Colles", "AO 23-A2"),
    ),
    (
        "ch06",
        "de",
        "Interdisziplinäres Tumorboard ⟦INSTITUTION:USZ⟧, ⟦DATE:10.06.2025⟧: Frau "
        "⟦PERSON:Mäder-Bachmann⟧ (⟦AGE:90⟧ J.), "
        "Pankreaskopf-Ca, resektabel nach NCCN. Whipple-Operation diskutiert."
        "\nAnmeldung durch Dr. ⟦PERSON:Urs Gisler⟧, ⟦INSTITUTION:Spital Männedorf⟧, ⟦PHONE:044 922 22 "
        "11⟧.",
        ("Anmeldung", "Pankreaskopf-Ca", "NCCN", "Whipple-Operation"),
    ),
    (
        "ch07",
        "it",
        "Referto inviato a ⟦EMAIL:radiologia@clinica-sant-anna.ch⟧; copia al medico curante "
        "dott. ⟦PERSON:Marco Gianella⟧, "
        "tel. ⟦PHONE:091 985 12 00⟧. RM colonna: ernia L4-L5 Pfirrmann 3."
        "\nPaziente Sig.ra ⟦PERSON:Elena Quadri⟧, ⟦DATE:05/09/1959⟧, ⟦ADDRESS:Via Cantonale 18, 6815 "
        "Melide⟧.",
        ("Paziente", "ernia", "L4-L5", "Pfirrmann 3", "RM colonna"),
    ),
    (
        "ch08",
        "de",
        "Voruntersuchung: ⟦INSTITUTION:Röntgeninstitut Zürich-Altstetten⟧ ⟦DATE:Nov. 2024⟧, ⟦INSTITUTION:Hirslanden "
        "Klinik St. Anna⟧ ⟦DATE:02/2025⟧. Morbus Paget des Beckens, Lodwick IA."
        "\nPat. ⟦PERSON:Walter Hürlimann⟧, ⟦AGE:95⟧-jährig, ⟦ADDRESS:Seestrasse 101, 8002 Zürich⟧.",
        ("Beckens", "Morbus Paget", "Lodwick IA", "Voruntersuchung"),
    ),
    (
        "ch09",
        "fr",
        "Appel téléphonique du ⟦DATE:6 juin 2025⟧: résultat critique transmis à la fille, Mme "
        "⟦PERSON:Nathalie Jaquier⟧, "
        "⟦PHONE:079 412 55 03⟧. Embolie pulmonaire segmentaire."
        "\nPatient ⟦PERSON:Roland Jaquier⟧, ⟦INSTITUTION:HFR Fribourg⟧, dossier ⟦ID:F-2290417⟧.",
        ("dossier", "Embolie pulmonaire", "segmentaire", "résultat critique"),
    ),
    (
        "ch10",
        "de",
        "Versicherung: CSS, Kartennr. ⟦ID:80756000010012345678⟧; Patientin ⟦PERSON:Nadia Amrein⟧, "
        "⟦ADDRESS:Bahnhofstrasse 7, "
        "6300 Zug⟧. MRI Schulter: SLAP-Läsion Typ II."
        "\nZuweisung ⟦INSTITUTION:Orthopädie Zugersee⟧, Dr. ⟦PERSON:Philipp Iten⟧, ⟦PHONE:041 729 30 "
        "30⟧.",
        ("Zuweisung", "SLAP-Läsion Typ II", "MRI Schulter", "CSS"),
    ),
    (
        "ch11",
        "it",
        "Firma: Dr.ssa ⟦PERSON:Giulia Pedrazzini⟧, ⟦INSTITUTION:Clinica Luganese Moncucco⟧, ⟦ADDRESS:Via Moncucco 10, "
        "6900 Lugano⟧. Mezzo di contrasto Iomeron 400. Nessuna complicanza."
        "\nPaziente ⟦PERSON:Tiziano Rezzonico⟧, ⟦DATE:14 ottobre 1971⟧. TC addome: appendicite, "
        "Alvarado 8.",
        ("appendicite", "Alvarado 8", "TC addome", "Iomeron 400", "Mezzo di contrasto"),
    ),
    (
        "ch12",
        "de",
        "Nachtrag ⟦DATE:13.06.2025⟧ (Dr. ⟦PERSON:Lukas Schnyder⟧): Bild 112/Serie 7 zeigt zusätzlich "
        "eine Spondylolyse L5. "
        "Meyerding Grad I."
        "\nPat. ⟦PERSON:Schnyder, Corinne⟧, *⟦DATE:09.07.1993⟧, ⟦INSTITUTION:Spitalzentrum "
        "Oberwallis⟧.",
        ("Nachtrag", "Bild 112/Serie 7", "Spondylolyse L5", "Meyerding Grad I"),
    ),
    (
        "ch13",
        "fr",
        "Examens antérieurs: ⟦INSTITUTION:CHUV⟧ (⟦DATE:janvier 2024⟧), ⟦INSTITUTION:Centre d'imagerie Rive Droite⟧ "
        "(⟦DATE:15.09.2024⟧). Maladie de Crohn iléale, score de MaRIA 14."
        "\nPatiente Mme ⟦PERSON:Laure Besson⟧, ⟦ADDRESS:Chemin des Vignes 5, 1009 Pully⟧, ⟦PHONE:021 "
        "728 44 19⟧.",
        ("Patiente", "Maladie de Crohn", "MaRIA", "iléale"),
    ),
    (
        "ch14",
        "de",
        "Export Worklist\n⟦ID:ACC7723019⟧|⟦PERSON:Zürcher^Beat^Andreas⟧|⟦DATE:19630214⟧|M|CT "
        "ABDOMEN|⟦INSTITUTION:Spital Uster⟧"
        "\n⟦ID:ACC7723044⟧|⟦PERSON:Kälin^Ruth⟧|⟦DATE:19511130⟧|F|MR KNIE LI|⟦INSTITUTION:GZO "
        "Wetzikon⟧",
        ("MR KNIE LI", "CT ABDOMEN", "Worklist"),
    ),
    (
        "ch15",
        "it",
        "Contatto: sorella ⟦PERSON:Rita Fontana⟧, ⟦PHONE:+41 76 334 19 82⟧. Paziente di ⟦AGE:96⟧ anni, ricoverata a "
        "⟦INSTITUTION:Casa anziani Al Parco⟧. Frattura di Colles a sinistra."
        "\nMedico curante dott.ssa ⟦PERSON:Ilaria Moretti⟧, "
        "⟦EMAIL:i.moretti@studiomedico-locarno.ch⟧.",
        ("Medico curante", "Frattura di Colles", "sinistra"),
    ),
    (
        "ch16",
        "de",
        "Bericht an ⟦INSTITUTION:Praxis am Rhein⟧, ⟦ADDRESS:Rheingasse 22, 4058 Basel⟧, Tel. ⟦PHONE:061 683 20 20⟧. "
        "GLN ⟦ID:7601000234567⟧. Befund: Tossy III, Rockwood III Schultereckgelenk."
        "\nPat. ⟦PERSON:Dominik Stöcklin⟧, ⟦DATE:01.08.1980⟧, ⟦ADDRESS:Riehenring 9, 4058 Basel⟧.",
        ("Befund", "Tossy III", "Rockwood III", "Schultereckgelenk"),
    ),
    # ---------------- UK ----------------
    (
        "uk01",
        "en",
        "Patient: ⟦PERSON:FAIRCLOUGH, Gemma Louise⟧  NHS No: ⟦ID:485 777 3456⟧  DOB: ⟦DATE:09/10/1979⟧  Hosp No: "
        "⟦ID:RJ1 0049231⟧  Exam: MRI Lumbar Spine"
        "\nReferrer: Dr ⟦PERSON:Manish Kapoor⟧, ⟦INSTITUTION:Fernhill Surgery⟧. Tarlov cyst at S2.",
        (
            "Tarlov cyst",
            "S2",
            "Referrer",
            "MRI Lumbar Spine",
        ),
    ),
    (
        "uk02",
        "en",
        "Dear Dr ⟦PERSON:Okonkwo⟧,\nRe: Mr ⟦PERSON:Callum Brennan⟧, ⟦ADDRESS:14 Larkspur Close, Chelmsford CM1 4RT⟧\n"
        "CT KUB shows a 5 mm calculus at the left VUJ. No hydronephrosis."
        "\nDOB ⟦DATE:22.04.1971⟧, NHS ⟦ID:943 476 5919⟧. Tel ⟦PHONE:01245 514 300⟧.",
        ("calculus", "CT KUB", "VUJ", "hydronephrosis", "5 mm"),
    ),
    (
        "uk03",
        "en",
        "Urgent result phoned to FY1 Dr ⟦PERSON:Priya Raman⟧ on bleep ⟦PHONE:2287⟧ at 17:20 on ⟦DATE:12 June 2025⟧. "
        "Findings: cauda equina compression at L4/5."
        "\nPatient: ⟦PERSON:Lewis, Aaron⟧, MRN ⟦ID:M4470912⟧, ward 22 at ⟦INSTITUTION:QEHB⟧.",
        ("ward 22", "cauda equina", "L4/5", "FY1", "17:20"),
    ),
    (
        "uk04",
        "en",
        "Comparison: CT chest from ⟦INSTITUTION:Broomfield⟧ (⟦DATE:Feb 2024⟧) and PET from ⟦INSTITUTION:Mount Vernon "
        "Cancer Centre⟧ (⟦DATE:03.04.2024⟧). Pancoast tumour unchanged, Horner syndrome noted clinically."
        "\nPatient Mrs ⟦PERSON:Pamela Royle⟧, DOB ⟦DATE:11/11/1952⟧, NHS ⟦ID:401 023 2137⟧.",
        ("clinically", "Pancoast tumour", "Horner syndrome", "PET"),
    ),
    (
        "uk05",
        "en",
        "Lung MDT ⟦DATE:Thursday 5th June 2025⟧\n⟦PERSON:Hussain, Tariq⟧ 71M ⟦ID:RXH4418820⟧ – T3 N2, for EBUS\n"
        "⟦PERSON:McAllister, Fiona⟧ 58F ⟦ID:RXH4420091⟧ – ground glass, Brock score 12%"
        "\nCoordinator: ⟦PERSON:Lynn Baxter⟧, ⟦EMAIL:lung.mdt@mse.nhs.uk⟧, ext ⟦PHONE:6120⟧.",
        ("Coordinator", "EBUS", "Brock score", "ground glass", "71M"),
    ),
    (
        "uk06",
        "en",
        "cc: Dr ⟦PERSON:A. Whitfield⟧, ⟦INSTITUTION:Riverside Medical Practice⟧, ⟦ADDRESS:2 Mill Lane, "
        "Hexham NE46 3EN⟧; "
        "⟦INSTITUTION:RVI⟧ Orthopaedics. Perthes disease of the right hip, Catterall III."
        "\nPatient ⟦PERSON:Oliver Dodd⟧, aged 7, DOB ⟦DATE:3 Jan 2018⟧, NHS ⟦ID:712 345 6780⟧.",
        ("aged 7", "Perthes disease", "Catterall III", "Orthopaedics"),
    ),
    (
        "uk07",
        "en",
        "Addendum (⟦DATE:16/06/2025⟧): discussed with Mr ⟦PERSON:Rhodri Evans⟧, consultant surgeon, ext ⟦PHONE:5531⟧. "
        "Mirizzi syndrome considered; MRCP recommended."
        "\nPatient ⟦PERSON:Bethan Morgan⟧, ⟦INSTITUTION:Ysbyty Gwynedd⟧, Hosp No ⟦ID:G1188403⟧.",
        ("recommended", "Mirizzi syndrome", "MRCP", "consultant surgeon"),
    ),
    (
        "uk08",
        "en",
        "Reported by: Dr ⟦PERSON:Siobhan Gallacher⟧ FRCR, GMC ⟦ID:7045126⟧, Consultant Radiologist, "
        "⟦INSTITUTION:Ninewells Hospital⟧, Dundee. CHI ⟦ID:1207541234⟧."
        "\nSecretary: Mrs ⟦PERSON:Lorna Kerr⟧, ⟦PHONE:01382 632 440⟧. Dated ⟦DATE:17-Jun-2025⟧.",
        ("Secretary", "FRCR", "Consultant Radiologist"),
    ),
    (
        "uk09",
        "en",
        "Next of kin: husband ⟦PERSON:Graham Pollard⟧, tel ⟦PHONE:07712 448 390⟧. Patient aged ⟦AGE:94⟧, from "
        "⟦INSTITUTION:Beechwood Lodge⟧ care home. Chest X-ray: Kerley B lines."
        "\nGP: Dr ⟦PERSON:Felicity Oakes⟧, ⟦ADDRESS:The Green, Witney OX28 6AA⟧.",
        ("GP", "Kerley B lines", "Chest X-ray", "care home"),
    ),
    (
        "uk10",
        "en",
        "Images requested from ⟦INSTITUTION:Spire Bushey⟧ via IEP. Contact PACS team on ⟦PHONE:01923 555 201⟧ or "
        "⟦EMAIL:pacs.requests@nhs.net⟧. Baker's cyst and Osgood-Schlatter changes."
        "\nPatient ⟦PERSON:Harriet Blythe-Coombes⟧, DOB ⟦DATE:02-09-1990⟧.",
        ("changes", "Baker's cyst", "Osgood-Schlatter", "IEP", "PACS team"),
    ),
    (
        "uk11",
        "en",
        "Acc: ⟦ID:WHH25061700433⟧ | Referrer: Dr ⟦PERSON:N. Chaudhry⟧ (⟦INSTITUTION:Oakbridge Surgery⟧) | "
        "US Abdomen: Murphy's sign positive, gallbladder wall 5 mm."
        "\nPatient ⟦PERSON:Sunita Bhatt⟧, DOB ⟦DATE:28/02/1964⟧, NHS ⟦ID:450 557 7104⟧.",
        ("Referrer", "Murphy's sign", "US Abdomen", "gallbladder"),
    ),
    (
        "uk12",
        "en",
        "Letter to patient: Ms ⟦PERSON:Aoife Dunne⟧, ⟦ADDRESS:Flat 3, 27 Harcourt Road, Belfast BT7 1AB⟧. Your "
        "appointment on ⟦DATE:Monday 23 June⟧ at the ⟦INSTITUTION:Mater⟧ has been moved."
        "\nQueries: ⟦PHONE:028 9074 1211⟧ or ⟦EMAIL:radiology.bookings@belfasttrust.hscni.net⟧.",
        (
            "Queries",
            "appointment",
        ),
    ),
    (
        "uk13",
        "en",
        "Safeguarding: mother ⟦PERSON:Chelsea Barnes⟧ present; child ⟦PERSON:Kayden Barnes⟧, 14 months. "
        "Skeletal survey: "
        "metaphyseal corner fractures. Social worker ⟦PERSON:Imogen Tate⟧, ⟦PHONE:0121 303 7781⟧."
        "\nDOB ⟦DATE:April 2024⟧; ⟦INSTITUTION:Birmingham Children's⟧ ref ⟦ID:BCH-884120⟧.",
        ("Social worker", "Skeletal survey", "metaphyseal corner fractures", "14 months"),
    ),
    (
        "uk14",
        "en",
        "ID,Surname,Forename,DOB,Ward\n⟦ID:K0283349⟧,⟦PERSON:Adebayo⟧,⟦PERSON:Funmilayo⟧,⟦DATE:1966-02-11⟧,Ward 7\n"
        "⟦ID:K0283512⟧,⟦PERSON:O'Rourke⟧,⟦PERSON:Declan⟧,⟦DATE:1948-05-30⟧,AMU"
        "\n⟦ID:K0283620⟧,⟦PERSON:Szymańska⟧,⟦PERSON:Agata⟧,⟦DATE:1977-07-19⟧,SAU",
        ("SAU", "Forename", "Ward 7", "AMU", "Surname"),
    ),
    (
        "uk15",
        "en",
        "Outside study: MRI brain performed at the ⟦INSTITUTION:Walton Centre⟧ on ⟦DATE:2nd May⟧. Findings consistent "
        "with Wernicke encephalopathy; Fazekas grade 2. Signed Dr ⟦PERSON:Eleri Pugh⟧."
        "\nPatient ⟦PERSON:Gethin Price⟧, ⟦AGE:92⟧, ⟦ADDRESS:6 Chapel Row, Llandudno LL30 2SB⟧.",
        ("Findings", "Wernicke encephalopathy", "Fazekas grade 2", "MRI brain"),
    ),
    (
        "uk16",
        "en",
        "Telephone note: spoke to GP Dr ⟦PERSON:Hamish Laing⟧ at ⟦INSTITUTION:Kelso Health Centre⟧, ⟦PHONE:01573 224 "
        "424⟧, re T10 wedge fracture. Denis classification stable."
        "\nPatient ⟦PERSON:Moira Laing⟧, CHI ⟦ID:0804396152⟧, ⟦DATE:19 June 2025⟧.",
        ("stable", "T10", "wedge fracture", "Denis classification"),
    ),
    # ---------------- US ----------------
    (
        "us01",
        "en",
        "PATIENT: ⟦PERSON:DELACRUZ, MARISOL⟧  MRN: ⟦ID:004418273⟧  DOB: ⟦DATE:07/14/1983⟧  ACCT: ⟦ID:88130041⟧  "
        "EXAM: CT HEAD WO CONTRAST"
        "\nORDERING: ⟦PERSON:Patel, Devang⟧ MD  LOCATION: ⟦INSTITUTION:Riverbend ED⟧. Dural venous "
        "sinus patent.",
        (
            "Dural venous sinus",
            "ORDERING",
            "CT HEAD WO CONTRAST",
        ),
    ),
    (
        "us02",
        "en",
        "⟦INSTITUTION:Cedar Ridge Imaging⟧ | ⟦ADDRESS:4100 W. Pine Blvd, Suite 210, Tulsa, OK 74107⟧ | "
        "⟦PHONE:(918) 555-0147⟧ x⟦PHONE:302⟧\nMammogram: BI-RADS 0, additional views. Tomosynthesis performed."
        "\nPatient ⟦PERSON:Shonda Whitehorse⟧, DOB ⟦DATE:03-22-1970⟧, MRN ⟦ID:CRI-551902⟧.",
        ("additional views", "BI-RADS 0", "Tomosynthesis", "Mammogram"),
    ),
    (
        "us03",
        "en",
        "Critical result called to ⟦PERSON:Jennifer Alvarez⟧, RN at ⟦DATE:6/11/2025⟧ 03:14 and read back. "
        "Large MCA territory infarct, ASPECTS 5. Dr. ⟦PERSON:Stanley⟧ notified."
        "\nPatient ⟦PERSON:Harold Beasley⟧, MRN ⟦ID:00927731⟧, ⟦INSTITUTION:Grady⟧ Neuro ICU.",
        ("Neuro ICU", "ASPECTS 5", "MCA", "03:14", "read back"),
    ),
    (
        "us04",
        "en",
        "COMPARISON: Outside CT from ⟦INSTITUTION:St. Vincent's⟧ dated ⟦DATE:September 9th⟧ and ultrasound at "
        "⟦INSTITUTION:Lakeshore Women's Health⟧ (⟦DATE:04/2025⟧). Graves disease, Hashimoto excluded."
        "\nPatient Mrs. ⟦PERSON:Olivia Graves⟧, DOB ⟦DATE:Jan 5, 1968⟧, ⟦PHONE:312-555-0172⟧.",
        ("excluded", "Graves disease", "Hashimoto", "ultrasound"),
    ),
    (
        "us05",
        "en",
        "Member: ⟦PERSON:Nakamura, Kenji T.⟧  Member ID: ⟦ID:XJH882041937⟧  Group: ⟦ID:0071455⟧  Prior auth #"
        "⟦ID:PA-2506-33871⟧  CPT 72148"
        "\nProvider: ⟦INSTITUTION:Pacific Crest MRI⟧, ⟦ADDRESS:1200 Kapiolani Blvd, Honolulu, HI "
        "96814⟧, ⟦PHONE:808-555-0131⟧.",
        (
            "Provider",
            "CPT 72148",
        ),
    ),
    (
        "us06",
        "en",
        "Signed: ⟦PERSON:Rebecca Lindqvist⟧, MD, NPI ⟦ID:1487726650⟧, ⟦INSTITUTION:Summit Valley "
        "Radiology Associates⟧, "
        "⟦DATE:06/12/2025⟧ 09:41. Gadavist 7 mL IV."
        "\nPatient ⟦PERSON:Arthur Wong⟧, DOB ⟦DATE:11/02/1958⟧, MRN ⟦ID:SVR0049127⟧.",
        ("IV", "Gadavist", "7 mL", "09:41"),
    ),
    (
        "us07",
        "en",
        "Emergency contact: daughter ⟦PERSON:Tamika Brooks⟧ ⟦PHONE:404-555-0199⟧. Pt is ⟦AGE:97⟧ y/o from "
        "⟦INSTITUTION:Magnolia Gardens⟧ assisted living. CXR: Westermark sign absent."
        "\nFacility phone ⟦PHONE:770-555-0114⟧ x⟦PHONE:220⟧, MRN ⟦ID:55810243⟧.",
        ("Facility phone", "Westermark sign", "CXR", "assisted living"),
    ),
    (
        "us08",
        "en",
        "Tumor board ⟦DATE:6/18/25⟧: Mr. ⟦PERSON:Dwayne Kowalski⟧, 62, PSA 14, PI-RADS 5 lesion, Gleason 4+3 on "
        "biopsy at ⟦INSTITUTION:UCSF⟧. Discussed with Dr. ⟦PERSON:Ortiz⟧ (urology)."
        "\nMRN ⟦ID:UC-8830412⟧, DOB ⟦DATE:2/29/1963⟧, coordinator ⟦PERSON:Jasmine Lee⟧.",
        ("biopsy", "PI-RADS 5", "Gleason 4+3", "PSA 14", "urology"),
    ),
    (
        "us09",
        "en",
        "ADDENDUM ⟦DATE:June 13, 2025⟧: After review with Dr. ⟦PERSON:Amir Farahani⟧, the finding at series 4 image 88 "
        "is a Schmorl node, not metastasis. ⟦INSTITUTION:Providence Sacred Heart⟧."
        "\nPatient ⟦PERSON:Elaine Marchetti⟧, ⟦ADDRESS:512 S. Division St, Spokane, WA 99202⟧.",
        ("finding", "series 4 image 88", "Schmorl node", "metastasis"),
    ),
    (
        "us10",
        "en",
        "Please fax records to ⟦INSTITUTION:Bayou Orthopedic Specialists⟧ at ⟦PHONE:504-555-0163⟧ ext. ⟦PHONE:18⟧ "
        "attn ⟦PERSON:Crystal⟧. Lisfranc injury, Segond fracture ruled out."
        "\nPatient ⟦PERSON:Beau Thibodeaux⟧, DOB ⟦DATE:08/30/2001⟧, claim ⟦ID:CLM-77301822⟧.",
        ("ruled out", "Lisfranc injury", "Segond fracture"),
    ),
    (
        "us11",
        "en",
        "Patient ⟦PERSON:Hollis Carter⟧ (SSN ⟦ID:412-55-9087⟧), ⟦ADDRESS:88 Quail Run Rd, Bozeman, MT 59715⟧, "
        "Medicare MBI ⟦ID:4TE9-QJ2-AK77⟧. DEXA: T-score -2.7."
        "\nPCP: Dr. ⟦PERSON:Ruth Ann Sorensen⟧, ⟦INSTITUTION:Gallatin Valley Clinic⟧, "
        "⟦PHONE:406-555-0187⟧.",
        ("PCP", "DEXA", "T-score -2.7"),
    ),
    (
        "us12",
        "en",
        "Portal message from ⟦EMAIL:k.osei1988@gmail.com⟧ regarding study ⟦ID:ACC-20250609-1177⟧. Reply sent by "
        "⟦PERSON:Lauren⟧ (front desk). See ⟦URL:www.mypatientportal-example.org/msg/55120⟧."
        "\nPatient ⟦PERSON:Kwame Osei⟧, DOB ⟦DATE:May 14, 1988⟧.",
        ("study", "front desk", "Portal message"),
    ),
    (
        "us13",
        "en",
        "Requesting physician: Dr. ⟦PERSON:Ngozi Eze⟧, ⟦INSTITUTION:Fairhaven Family Medicine⟧, "
        "⟦ADDRESS:220 Harbor St, "
        "New Bedford, MA 02740⟧. Indication: Kienböck disease? MRI wrist: Lichtman stage II."
        "\nPhone ⟦PHONE:508-555-0190⟧, fax ⟦PHONE:508-555-0191⟧. Patient ⟦PERSON:Carla Medeiros⟧.",
        ("Indication", "Kienböck disease", "Lichtman stage II", "MRI wrist"),
    ),
    (
        "us14",
        "en",
        "MRN|Last|First|DOB|Exam\n⟦ID:7730912⟧|⟦PERSON:Begay⟧|⟦PERSON:Shandiin⟧|⟦DATE:1991-03-08⟧|XR KNEE 3V\n"
        "⟦ID:7730955⟧|⟦PERSON:Ramírez⟧|⟦PERSON:José Luis⟧|⟦DATE:1955-10-27⟧|CTA CHEST"
        "\n⟦ID:7731008⟧|⟦PERSON:Nguyen-Tran⟧|⟦PERSON:Bao⟧|⟦DATE:1979-06-12⟧|US PELVIS",
        ("US PELVIS", "XR KNEE 3V", "CTA CHEST"),
    ),
    (
        "us15",
        "en",
        "Wife, ⟦PERSON:Gloria Pham⟧, at bedside. Transferred from ⟦INSTITUTION:Mercy Regional⟧ on ⟦DATE:Oct. 3⟧. "
        "Stanford type A dissection, DeBakey I. Pager ⟦PHONE:3319⟧."
        "\nPatient ⟦PERSON:Minh Pham⟧, ⟦AGE:90⟧ years, MRN ⟦ID:MR-00812264⟧.",
        ("Pager", "Stanford type A dissection", "DeBakey I", "at bedside"),
    ),
    (
        "us16",
        "en",
        "Outside films from ⟦INSTITUTION:Northgate Imaging Ctr⟧ (⟦DATE:2/2024⟧) uploaded by ⟦PERSON:Tyler Jensen⟧, "
        "tech, ⟦PHONE:(612) 555-0128⟧. Hill-Sachs lesion, Bankart repair 2019."
        "\nPatient ⟦PERSON:Derek Lundgren⟧, DOB ⟦DATE:12/09/1986⟧, ⟦INSTITUTION:Twin Cities "
        "Orthopedics⟧.",
        ("tech", "Hill-Sachs lesion", "Bankart repair", "2019"),
    ),
)

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
