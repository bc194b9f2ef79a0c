# ruff: noqa: E501
"""Held-out 29, Germany: marked excerpts (see deid_corpus.py for the conventions)."""

DE = (
    (
        "de01",
        "de",
        "Interdisziplinäre Tumorkonferenz Thorax – ⟦INSTITUTION:Lungenkrebszentrum Gauting-Planegg⟧\n"
        "Sitzung vom ⟦DATE:12.03.2025⟧, 15:30 Uhr, Raum Röntgen-Demo 2\n"
        "Pat.: ⟦PERSON:Lynch, Margarete⟧, geb. ⟦DATE:02.11.1956⟧, Fall-Nr. ⟦ID:2025-0418733⟧\n"
        "Vorstellender: OA Dr. ⟦PERSON:Krebs⟧ (Pneumologie)\n"
        "Befund: Pancoast-Tumor rechts apikal, PET-CT mit SUVmax 14,2; cT4 cN2 cM0, UICC-Stadium IIIB.\n"
        "Keine Lynch-Syndrom-Konstellation in der Familienanamnese. Raucherin bis 2019.\n"
        "Empfehlung: Radiochemotherapie (Cisplatin/Etoposid), anschließend Durvalumab; "
        "Rückmeldung an Hausarzt Dr. ⟦PERSON:Anselm Vogelsang⟧, ⟦ADDRESS:Starnberg⟧.",
        (
            "Pancoast-Tumor",
            "Lynch-Syndrom",
            "SUVmax",
            "UICC-Stadium IIIB",
            "Durvalumab",
            "15:30",
            "2019",
            "Pneumologie",
            "Röntgen-Demo",
        ),
    ),
    (
        "de02",
        "de",
        "Strahlentherapie – Bestrahlungsplanung (Planungs-CT)\n"
        "Patient: ⟦PERSON:Bragg, Tobias⟧ * ⟦DATE:1961-07-19⟧  ID ⟦ID:77120455⟧\n"
        "Planungs-CT am ⟦DATE:4. Februar 2025⟧ an der Strahlenklinik am ⟦INSTITUTION:Uniklinikum Erlangen⟧, Lagerung mit Maske, "
        "Schichtdicke 2 mm, Fusion mit MRT T1 KM.\n"
        "Zielvolumen: GTV Primarius Oropharynx links, CTV 70 Gy / 35 Fx, PTV-Saum 3 mm; Bragg-Peak bei Protonen nicht erforderlich, "
        "VMAT am TrueBeam. Risikoorgane: Myelon Dmax < 45 Gy, Parotis rechts Dmean < 26 Gy.\n"
        "Medizinphysik: Dipl.-Phys. ⟦PERSON:Henrike Gray⟧, App. ⟦PHONE:3374⟧\n"
        "Freigabe: Dr. med. ⟦PERSON:Jonas Wittkämper⟧ (Facharzt für Strahlentherapie)",
        (
            "Bestrahlungsplanung",
            "Planungs-CT",
            "Bragg-Peak",
            "VMAT",
            "TrueBeam",
            "70 Gy",
            "Myelon",
            "Parotis",
            "Medizinphysik",
            "T1 KM",
        ),
    ),
    (
        "de03",
        "de",
        "Nuklearmedizinische Therapie – Dosimetriebericht 177Lu-PSMA-617, Zyklus 2\n"
        "Hr. ⟦PERSON:Detlef Sommer⟧, ⟦AGE:91⟧ J., Station Curie (Therapiestation), Zi. 4\n"
        "Applikation am ⟦DATE:20250211⟧, 7,4 GBq i.v.; SPECT/CT nach 24 h, 48 h und 168 h (Siemens Symbia Intevo).\n"
        "Nieren-Dosis 0,48 Gy/GBq, Speicheldrüsen 0,61 Gy/GBq, Tumorläsionen im Mittel 3,9 Gy/GBq (OLINDA/EXM, Monte-Carlo-Abgleich).\n"
        "Entlassung nach Unterschreiten von 3,5 µSv/h in 2 m Abstand am ⟦DATE:14.02.⟧.\n"
        "Nächster Zyklus geplant KW 13. Rückfragen: Dosimetrie ⟦PHONE:0911 398-2271⟧, ⟦EMAIL:dosimetrie.nuk@klinikum-nuernberg.de⟧",
        (
            "177Lu-PSMA-617",
            "Dosimetriebericht",
            "SPECT/CT",
            "Symbia Intevo",
            "OLINDA/EXM",
            "Monte-Carlo-Abgleich",
            "Station Curie",
            "168 h",
            "KW 13",
        ),
    ),
    (
        "de04",
        "de",
        "Nachtrag zum MRT Prostata vom ⟦DATE:03.01.2025⟧ – Histologie (eingefügt aus Pathologie-Befund ⟦ID:E-25/01877⟧):\n"
        "Einsender: ⟦INSTITUTION:Urologische Gemeinschaftspraxis Dres. Hoffmann & Merkel⟧, ⟦ADDRESS:Bahnhofstr. 12, 35037 Marburg⟧\n"
        "Stanzbiopsien 12/12, davon 5 positiv (re. apikal, re. mittig, PI-RADS-5-Läsion): azinäres Adenokarzinom, "
        "Gleason 4+3=7b, ISUP-Grad 3, Perineuralscheideninfiltration ja, Ki-67 ca. 8 %.\n"
        "Befundet: Prof. Dr. ⟦PERSON:Virchow-Alt⟧ / Dr. ⟦PERSON:Lena Paget⟧, Institut für Pathologie, ⟦INSTITUTION:Universitätsklinikum Gießen und Marburg⟧\n"
        "Die MRT-Läsion (Bild 14/22, T2 und ADC) korreliert mit dem positiven Zylinder re. mittig.",
        (
            "Gleason 4+3=7b",
            "ISUP-Grad 3",
            "PI-RADS-5-Läsion",
            "Perineuralscheideninfiltration",
            "Ki-67",
            "Stanzbiopsien",
            "ADC",
            "Bild 14/22",
            "Adenokarzinom",
        ),
    ),
    (
        "de05",
        "de",
        "Studienambulanz Onkologie – Screening-Visite\n"
        "Studie: NCT05123482 / EudraCT 2021-004512-33 (Phase III, Pembrolizumab vs. Placebo adjuvant)\n"
        "Screening-Nr. ⟦ID:SCR-0417⟧, Subject-ID ⟦ID:276-0031-018⟧, Initialen ⟦PERSON:K.-H. W.⟧\n"
        "Einwilligung unterschrieben am ⟦DATE:6.3.25⟧ in Anwesenheit von Studienärztin Dr. ⟦PERSON:Carolin Breslow⟧; "
        "Baseline-CT Thorax/Abdomen: 3 Zielläsionen nach RECIST 1.1 (Summe 52 mm), Leber Segment VII 18 mm.\n"
        "Study Nurse: ⟦PERSON:Birgit Nowak⟧ (Login ⟦PERSON:bnowak2⟧), Tel. ⟦PHONE:0341 97-17260⟧",
        (
            "NCT05123482",
            "EudraCT 2021-004512-33",
            "Pembrolizumab",
            "RECIST 1.1",
            "Zielläsionen",
            "Segment VII",
            "Phase III",
            "52 mm",
            "Baseline-CT",
        ),
    ),
    (
        "de06",
        "de",
        "Humangenetische Beratung (Auszug, Befundübermittlung an die Radiologie zur Indikation Brust-MRT)\n"
        "Ratsuchende: ⟦PERSON:Anja Cowden⟧, 34 J.; Stammbaum über 3 Generationen:\n"
        "- Mutter ⟦PERSON:Hildegard Cowden⟧ geb. ⟦PERSON:Fuchs⟧, Mammakarzinom mit 41 J., verst. ⟦DATE:2009-05⟧\n"
        "- Tante mütterlicherseits ⟦PERSON:Erika Brenneis⟧ (⟦ADDRESS:Bad Kissingen⟧), Ovarialkarzinom mit 52 J.\n"
        "- Großvater mütterlicherseits: Prostatakarzinom, nicht getestet\n"
        "Heterozygote pathogene Variante BRCA1 c.5266dupC nachgewiesen; CanRisk-Lebenszeitrisiko 62 %. "
        "Keine Hinweise auf Cowden-Syndrom (PTEN unauffällig). Intensiviertes Früherkennungsprogramm des Deutschen Konsortiums: jährliche MRT ab 25 J.\n"
        "Berater: Dr. ⟦PERSON:Mathis Klatt⟧, ⟦INSTITUTION:Zentrum für Familiären Brust- und Eierstockkrebs Würzburg⟧",
        (
            "Stammbaum",
            "BRCA1 c.5266dupC",
            "CanRisk",
            "Cowden-Syndrom",
            "PTEN",
            "Mammakarzinom",
            "Ovarialkarzinom",
            "34 J.",
            "Großvater mütterlicherseits",
        ),
    ),
    (
        "de07",
        "de",
        "Kinderonkologie – MIBG-Szintigraphie mit SPECT/CT\n"
        "Kind: ⟦PERSON:Mia-Sophie Ewing⟧, 4 J., geb. ⟦DATE:17.08.2020⟧; Eltern: ⟦PERSON:Katrin⟧ und ⟦PERSON:Marco Ewing⟧, "
        "Mobil Mutter ⟦PHONE:0176 44819027⟧\n"
        "Diagnose: Neuroblastom Stadium M (INRG), MYCN nicht amplifiziert; NB-2016-Register-Nr. ⟦ID:NB-16-D-4471⟧.\n"
        "Befund: 123I-MIBG-Anreicherung im Primarius links suprarenal (5,1 cm) sowie in 3 Knochenläsionen; SIOPEN-Score 6, Curie-Score 4.\n"
        "Kein Anhalt für Ewing-Sarkom-typische Periostreaktion. Sedierung durch Kinderanästhesie, Beginn 09:10.\n"
        "Station Regenbogen (Kinderklinik), Bezugspflege: Schwester ⟦PERSON:Jolanta⟧",
        (
            "Neuroblastom",
            "INRG",
            "MYCN",
            "SIOPEN-Score",
            "Curie-Score",
            "Ewing-Sarkom",
            "4 J.",
            "09:10",
            "Station Regenbogen",
            "123I-MIBG",
        ),
    ),
    (
        "de08",
        "de",
        '<ClinicalDocument xmlns="urn:hl7-org:v3">\n'
        '  <id extension="⟦ID:BEF-2025-118204⟧"/>\n'
        '  <effectiveTime value="⟦DATE:20250306⟧1412"/>\n'
        '  <recordTarget><patientRole><id extension="⟦ID:A827364519⟧" root="1.2.276.0.76.4.8"/>\n'
        "    <addr><streetAddressLine>⟦ADDRESS:Am Kreuzberg 7⟧</streetAddressLine><postalCode>⟦ADDRESS:56812⟧</postalCode><city>⟦ADDRESS:Cochem⟧</city></addr>\n"
        '    <patient><name><given>⟦PERSON:Rüdiger⟧</given><family>⟦PERSON:Winter⟧</family></name><birthTime value="⟦DATE:19490128⟧"/></patient>\n'
        "  </patientRole></recordTarget>\n"
        "  <author><assignedPerson><name><prefix>Dr.</prefix><family>⟦PERSON:Stübinger⟧</family></name></assignedPerson></author>\n"
        "  <title>Befundbericht CT Thorax (Lungenkrebsfrüherkennung)</title>\n"
        "  <text>Solider Rundherd Unterlappen rechts 7 mm, Lung-RADS 3, Kontrolle in 6 Monaten.</text>",
        (
            "ClinicalDocument",
            "recordTarget",
            "patientRole",
            "birthTime",
            "Lung-RADS 3",
            "Lungenkrebsfrüherkennung",
            "Unterlappen rechts",
            "7 mm",
            "urn:hl7-org:v3",
        ),
    ),
    (
        "de09",
        "de",
        "Von: ⟦PERSON:Schubert, Annika⟧ <⟦EMAIL:a.schubert@tumorzentrum-regensburg.de⟧>\n"
        "Gesendet: Donnerstag, ⟦DATE:27. Februar 2025⟧ 07:48\n"
        "An: Radiologie Sekretariat; Dr. ⟦PERSON:Florian Hodgkin⟧\n"
        "Betreff: AW: Re-Staging Frau ⟦PERSON:Ziegler⟧ vor Tumorboard Lymphome\n\n"
        "Lieber ⟦PERSON:Florian⟧,\nkannst Du das PET-CT von Frau ⟦PERSON:Ziegler⟧ (PID ⟦ID:0092871⟧) bitte noch nach Deauville befunden? "
        "Sie ist im GHSG-HD21-Protokoll, Interim-PET nach 2 Zyklen BrECADD. Der Morbus Hodgkin war initial Ann-Arbor IIB.\n"
        "Danke und Gruß, ⟦PERSON:Annika⟧\n--\n⟦INSTITUTION:Tumorzentrum Regensburg⟧ | Klinisches Krebsregister | Tel. ⟦PHONE:0941 944-5521⟧",
        (
            "Deauville",
            "GHSG-HD21-Protokoll",
            "BrECADD",
            "Morbus Hodgkin",
            "Ann-Arbor IIB",
            "Interim-PET",
            "07:48",
            "Tumorboard Lymphome",
            "Klinisches Krebsregister",
        ),
    ),
    (
        "de10",
        "de",
        "[OCR, Seite 1/2, eingescannter Arztbrief]\n"
        "⟦INSTITUTION:Onkologische Schwerpunktpraxis Dr. med. R. Kaposi⟧ · ⟦ADDRESS:Lindenallee 3 · 0l069 Dresden⟧\n"
        "⟦ADDRESS:Dresden⟧, den ⟦DATE:l8.0l.2025⟧\n"
        "Sehr geehrte Frau Kollegin ⟦PERSON:Reichen-bach⟧,\n"
        "wir berichten über Ihre Patientin Frau ⟦PERSON:Gisela Mann⟧, geb. ⟦DATE:O3.O9.1948⟧, wohnhaft ⟦ADDRESS:Pirna⟧, "
        "bei der wir wegen eines Merkelzellkarzinoms der Wange (pT2 pN1a) eine Systemtherapie mit Avelumab begonnen haben.\n"
        "Das Staging-CT zeigte eine 1 1 mm große Lymphknoten-Metastase Level II links. Kaposi-Sarkom ausgeschlossen.\n"
        "Mit freundlichen kollegialen Grüßen\n⟦PERSON:R. Kaposi⟧",
        (
            "Merkelzellkarzinoms",
            "Avelumab",
            "Kaposi-Sarkom",
            "pT2 pN1a",
            "Level II",
            "Staging-CT",
            "Seite 1/2",
            "Lymphknoten-Metastase",
        ),
    ),
    (
        "de11",
        "de",
        "Terminbestätigung – ⟦INSTITUTION:Westdeutsches Protonentherapiezentrum Essen⟧\n"
        "Sehr geehrte Eltern von ⟦PERSON:Leon Gorlin⟧,\n"
        "für die Protonentherapie Ihres Sohnes (Medulloblastom, SIOP-PNET5-MB) haben wir folgende Termine vereinbart:\n"
        "Planungs-MRT in Narkose: Dienstag, ⟦DATE:18. März 2025⟧, 07:30 Uhr, Anmeldung Ebene 0.\n"
        "Beginn der Bestrahlung: ⟦DATE:31.03.2025⟧. Bitte bringen Sie die Versichertenkarte (KVNR ⟦ID:L445129837⟧) mit.\n"
        "Gorlin-Goltz-Syndrom wurde genetisch ausgeschlossen. Bei Fragen: Koordination Frau ⟦PERSON:Tewes⟧, ⟦PHONE:0201 723-6600⟧, "
        "⟦URL:www.wpe-uk.de/eltern⟧",
        (
            "Protonentherapie",
            "Medulloblastom",
            "SIOP-PNET5-MB",
            "Planungs-MRT",
            "07:30",
            "Ebene 0",
            "Gorlin-Goltz-Syndrom",
            "Versichertenkarte",
        ),
    ),
    (
        "de12",
        "de",
        "⟦INSTITUTION:Rechtsanwaltskanzlei Stark & Fröhlich⟧ · ⟦ADDRESS:Königsallee 60, 40212 Düsseldorf⟧\n"
        "An das ⟦INSTITUTION:Evangelische Krankenhaus Kaiserswerth⟧, Datenschutzbeauftragter\n"
        "Unser Zeichen: ⟦ID:147/25-FR⟧\n"
        "Auskunftsersuchen nach Art. 15 DSGVO und Einsicht nach § 630g BGB\n"
        "Namens unseres Mandanten Herrn ⟦PERSON:Bernd Groß⟧, geb. ⟦DATE:11.04.1963⟧, beantragen wir Kopien sämtlicher Bilddaten "
        "(DICOM) und Befunde der Strahlentherapie und Nuklearmedizin aus dem Zeitraum 2021 bis 2024, insbesondere der Radiosynoviorthese "
        "vom ⟦DATE:Juli 2022⟧. Die Vollmacht liegt bei.\n"
        "gez. Dr. iur. ⟦PERSON:Saskia Fröhlich⟧, Rechtsanwältin",
        (
            "Auskunftsersuchen",
            "Art. 15 DSGVO",
            "§ 630g BGB",
            "DICOM",
            "Radiosynoviorthese",
            "Datenschutzbeauftragter",
            "Nuklearmedizin",
            "2021 bis 2024",
            "Vollmacht",
        ),
    ),
    (
        "de13",
        "de",
        "Implantatregister-Meldung (IRD) – Portkatheter\n"
        "Patient: ⟦PERSON:Hüseyin Yıldırım⟧, ⟦DATE:30.06.1971⟧, Fall ⟦ID:41100398⟧\n"
        "Implantation am ⟦DATE:2025-01-09⟧ in der Angiographie der ⟦INSTITUTION:Helios Klinik Schwerin⟧, "
        "V. jugularis interna rechts, Seldinger-Technik, Spitze am cavoatrialen Übergang.\n"
        "Produkt: BardPort Titanium, REF 0602450, LOT ⟦ID:REBX1457⟧, SN ⟦ID:PT-99-0031842⟧\n"
        "Operateur: Dr. ⟦PERSON:Aleksandr Wolkow⟧; Assistenz MTR ⟦PERSON:Kim Hesse⟧\n"
        "Indikation: FOLFIRINOX bei Pankreaskarzinom, Whipple-OP nicht möglich.",
        (
            "Implantatregister-Meldung",
            "Portkatheter",
            "Seldinger-Technik",
            "V. jugularis interna",
            "BardPort Titanium",
            "REF 0602450",
            "FOLFIRINOX",
            "Whipple-OP",
            "cavoatrialen Übergang",
        ),
    ),
    (
        "de14",
        "de",
        "Antrag auf Kostenübernahme (private Krankenversicherung, Tarif Vollversicherung)\n"
        "Versicherte Person: Dr. ⟦PERSON:Wolfgang Fischer-Krebs⟧, Vers.-Nr. ⟦ID:KV 4481 09327 01⟧\n"
        "Beantragte Leistung: 68Ga-PSMA-PET/CT (GOÄ Nr. 5489 analog, Nr. 5377), Indikation biochemisches Rezidiv, PSA 0,41 ng/ml nach RPE 2018.\n"
        "Behandelnder Arzt: Prof. Dr. ⟦PERSON:Ulrich Holzapfel⟧, ⟦INSTITUTION:Radiologie und Nuklearmedizin am Sendlinger Tor⟧, "
        "Fax ⟦PHONE:089 2180-7799⟧\n"
        "Die Leitlinie (S3 Prostatakarzinom) empfiehlt die PSMA-PET bei PSA > 0,2 ng/ml.",
        (
            "Kostenübernahme",
            "68Ga-PSMA-PET/CT",
            "GOÄ Nr. 5489",
            "Nr. 5377",
            "biochemisches Rezidiv",
            "PSA 0,41 ng/ml",
            "RPE 2018",
            "S3 Prostatakarzinom",
            "Leitlinie",
        ),
    ),
    (
        "de15",
        "de",
        "[Teams-Chat, Kanal „Onko-Radiologie Dienst“]\n"
        "⟦PERSON:Jana Köhler⟧ 13:02: hat jemand die Bestrahlungsmaske für Herrn ⟦PERSON:Baumann⟧ gesehen? Termin im Linac 3 um 13:30\n"
        "⟦PERSON:Tim⟧ 13:04: liegt im Schrank beim CT-Simulator, Fach B. Zi. 214 hat angerufen, Ehefrau ⟦PERSON:Ingrid⟧ kommt später\n"
        "⟦PERSON:Jana Köhler⟧ 13:05: 👍 danke. Kann der Halcyon heute noch die Hodgkin-Patientin von gestern nehmen?\n"
        "⟦PERSON:Tim⟧ 13:07: nein, erst Mo. ⟦DATE:10.3.⟧, ruf Dr. ⟦PERSON:Ebersberger⟧ an, Piepser ⟦PHONE:4417⟧",
        (
            "Bestrahlungsmaske",
            "Hodgkin-Patientin",
            "Linac 3",
            "13:30",
            "CT-Simulator",
            "Halcyon",
            "13:02",
            "Fach B",
            "Zi. 214",
        ),
    ),
    (
        "de16",
        "de",
        "Laborwerte (JSON-Export aus dem LIS, in Befund übernommen):\n"
        '{"patient": {"name": "⟦PERSON:Hoffmann, Klaus-Dieter⟧", "geburtsdatum": "⟦DATE:1955-12-03⟧", "pid": "⟦ID:100384429⟧"},\n'
        ' "auftrag": "⟦ID:L25-064421⟧", "eingang": "⟦DATE:2025-03-04⟧T06:55",\n'
        ' "einsender": "⟦INSTITUTION:MVZ Onkologie Hamm⟧",\n'
        ' "werte": [{"code": "CEA", "wert": 12.8, "einheit": "ng/ml"}, {"code": "CA 19-9", "wert": 88, "einheit": "U/ml"},\n'
        '   {"code": "Kreatinin", "wert": 1.1}, {"code": "eGFR (CKD-EPI)", "wert": 64}]}\n'
        "Beurteilung CT: Progress der Lebermetastasen (Segment IVa 32 mm, vorher 21 mm), RECIST PD.",
        (
            "CEA",
            "CA 19-9",
            "Kreatinin",
            "CKD-EPI",
            "Lebermetastasen",
            "geburtsdatum",
            "einsender",
            "Segment IVa",
            "06:55",
        ),
    ),
)
