# ruff: noqa: E501
"""Held-out 11: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/deid/`), nor its tests, nor
bench/, nor the excerpts of any earlier held-out corpus. What hospitals really send: letter heads and
footers (facilities of every shape, with and without a keyword: Röntgeninstitut, MVZ, Praxis-
gemeinschaft, Ordination, PVE, Kantonsspital, Permanence, EMS, Ospedale, NHS trusts and boards, care
homes, US imaging centers, LLCs, P.C. groups, VA systems), address blocks, RIS/HIS headers with pipe,
tab and colon fields, "Surname, Firstname" and all-caps names without titles, names of many origins,
relatives, guardians, adult representatives and interpreters, referrers, cc lists, signatures ("gez.",
"i.A.", "Electronically signed by", "vidiert", "visiert"), tumour boards and MDTs, outside and prior
studies naming places and facilities, dates in national formats, IDs (MRN, Fallnr., accession,
AHV/SVNR/e-card/NHS/CHI/H&C numbers, insurance numbers, IBAN), phones with extensions, e-mails, URLs,
ages over 89. Keep-terms as hard as the PHI: eponyms that look like surnames, anatomy, drugs and
contrast agents, devices, sequences, scores, image references, levels, sizes, young ages, bare years,
capitalised German nouns that are also surnames, place-derived classifications.

Markup and conventions as in held-out 8/9/10 (⟦LABEL:text⟧, parsed by held-out 9's `build_excerpts`):
titles and weekdays lie outside the spans; ages are marked only from 90 on (the number); younger
ages, bare years and US state codes stay unmarked; legal-form suffixes (GmbH, AG, LLC, P.C.) and
generic department names stay outside the spans. `keep` lists terms that must survive verbatim.
The excerpt id's prefix names the country: de, at, ch, uk, us.

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import COUNTRIES, LABELS, Excerpt, build_excerpts, country

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]

# (id, lang, marked text, keep-terms)
_RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # ------------------------------------------------------------------ Germany
    (
        "de01",
        "de",
        "⟦INSTITUTION:Röntgeninstitut am Lindenplatz⟧ · Dres. ⟦PERSON:Uhlig⟧, ⟦PERSON:Yıldırım⟧ & Partner\n"
        "⟦ADDRESS:Lindenplatz 3⟧ · ⟦ADDRESS:08056 Zwickau⟧ · Tel. ⟦PHONE:0375 271140⟧ · Fax ⟦PHONE:0375 2711449⟧\n"
        "MRT Kniegelenk links vom ⟦DATE:3. November 2025⟧: Baker-Zyste 3,4 x 1,2 cm, Korbhenkelriss Innenmeniskus, Hoffa-Fettkörper ödematös.",
        ("Baker-Zyste", "3,4 x 1,2 cm", "Korbhenkelriss", "Innenmeniskus", "Hoffa-Fettkörper"),
    ),
    (
        "de02",
        "de",
        "Pat.-ID ⟦ID:000734418⟧ | ⟦PERSON:KAMIŃSKA, AGNIESZKA⟧ | *⟦DATE:11.07.1963⟧ | w | Fallnr. ⟦ID:25-0418873⟧ | Einsender: Praxis Dr. ⟦PERSON:Brückner⟧, ⟦ADDRESS:Meißen⟧\n"
        "CT Abdomen mit KM (Ultravist 370, 90 ml, Buscopan i.v.): Morbus Crohn mit Stenose des terminalen Ileums über 6 cm, keine Fistel.",
        ("Ultravist 370", "90 ml", "Buscopan", "Morbus Crohn", "terminalen Ileums", "über 6 cm"),
    ),
    (
        "de03",
        "de",
        "Herrn\nDr. med. ⟦PERSON:Friedemann Olbrich⟧\nFacharzt für Allgemeinmedizin\n⟦ADDRESS:Am Mühlgraben 14⟧\n⟦ADDRESS:99423 Weimar⟧\n\n"
        "⟦ADDRESS:Weimar⟧, ⟦DATE:09.12.2025⟧\nSehr geehrter Herr Kollege ⟦PERSON:Olbrich⟧,\n"
        "wir berichten über Ihren Patienten ⟦PERSON:Nguyen Van Thanh⟧, geb. ⟦DATE:02.04.1958⟧: Klatskin-Tumor (Bismuth IIIa) mit Dilatation der intrahepatischen Gallenwege.",
        (
            "Facharzt für Allgemeinmedizin",
            "Klatskin-Tumor",
            "Bismuth IIIa",
            "intrahepatischen Gallenwege",
            "Sehr geehrter Herr Kollege",
        ),
    ),
    (
        "de04",
        "de",
        "⟦INSTITUTION:MVZ Diagnostikzentrum Saaletal⟧ GmbH · Standort ⟦ADDRESS:Naumburg⟧\n"
        "⟦URL:www.mvz-saaletal.de⟧ · ⟦EMAIL:anmeldung@mvz-saaletal.de⟧ · IBAN ⟦ID:DE44 8005 3000 0310 2245 17⟧\n"
        "Skelettszintigraphie: Mehranreicherung im Os ilium links, DD Morbus Paget; kein Hinweis auf ossäre Metastasen.",
        ("Skelettszintigraphie", "Mehranreicherung", "Os ilium", "Morbus Paget", "ossäre Metastasen"),
    ),
    (
        "de05",
        "de",
        "Interdisziplinäre Tumorkonferenz Mi., ⟦DATE:14.01.2026⟧\n"
        "Teilnehmer: Prof. Dr. ⟦PERSON:Adebayo Okonkwo⟧ (Onkologie), PD Dr. ⟦PERSON:Hülya Demirci⟧ (Radiologie), Dr. ⟦PERSON:Szabó⟧ (Strahlentherapie), ⟦PERSON:M. Lindqvist⟧ (Pathologie)\n"
        "Patientin ⟦PERSON:Wiebke Janssen⟧, Morbus Hodgkin, PET-CT nach 2 Zyklen ABVD: Deauville 2, komplette metabolische Remission.",
        ("Morbus Hodgkin", "PET-CT", "ABVD", "Deauville 2", "Strahlentherapie", "Pathologie"),
    ),
    (
        "de06",
        "de",
        "⟦PERSON:Ostrowski, Halina⟧, ⟦AGE:93⟧ J., aus dem ⟦INSTITUTION:Seniorenstift Am Wiesengrund⟧\n"
        "Zuweisung wegen Sturz. Röntgen Becken a.p. und Hüfte links axial: mediale Schenkelhalsfraktur Garden IV. Gamma-Nagel rechts von 2019 regelrecht.",
        ("Becken a.p.", "Schenkelhalsfraktur", "Garden IV", "Gamma-Nagel", "von 2019"),
    ),
    (
        "de07",
        "de",
        "Gesetzliche Betreuerin: ⟦PERSON:Renate Vollmer-Abiodun⟧, Tel. ⟦PHONE:0171 4420 918⟧\n"
        "Angehörige (Tochter): ⟦PERSON:Sabine Krebs⟧ – bitte vor Intervention informieren.\n"
        "CT-gesteuerte Drainage des Psoasabszesses links, 12 F Pigtail, 80 ml Eiter aspiriert.",
        ("CT-gesteuerte Drainage", "Psoasabszesses", "12 F Pigtail", "80 ml Eiter"),
    ),
    (
        "de08",
        "de",
        "Beurteilung: Marknagel in situ, kein Nagelbruch; beginnender Kallus am Frakturspalt.\n\n"
        "Mit freundlichen kollegialen Grüßen\n\nDr. med. ⟦PERSON:Konstantin Wolf⟧\nOberarzt\n\n"
        "gez. Dr. ⟦PERSON:T. Nagel⟧ (Assistenzärztin)\nDiktiert: ⟦DATE:17.10.25⟧ / geschrieben: ⟦DATE:18.10.25⟧",
        ("Marknagel", "Nagelbruch", "Kallus", "Frakturspalt", "Oberarzt"),
    ),
    (
        "de09",
        "de",
        "Voraufnahmen: MRT vom ⟦DATE:05/2024⟧ (⟦INSTITUTION:Radiologische Gemeinschaftspraxis Bad Kissingen⟧), CT vom ⟦DATE:22.08.2023⟧ aus dem ⟦INSTITUTION:Leopoldina-Krankenhaus⟧ ⟦ADDRESS:Schweinfurt⟧.\n"
        "Größenprogrediente Leberläsion Segment VII, jetzt 2,8 cm (Se 5/Bi 42), LI-RADS 5.",
        ("Leberläsion", "Segment VII", "2,8 cm", "(Se 5/Bi 42)", "LI-RADS 5"),
    ),
    (
        "de10",
        "de",
        "Auftragsnr.:\t⟦ID:A2025-118734⟧\nPatient:\t⟦PERSON:Weißenborn, Klaus-Dieter⟧\nGeb.-Dat.:\t⟦DATE:30.06.1939⟧\n"
        "Kasse:\tAOK Plus\tVers.-Nr.: ⟦ID:K482917365⟧\nStation:\tKardiologie 3B\n"
        "CT Koronarangiographie: Agatston-Score 412, CAD-RADS 3, Stent RIVA offen.",
        ("Koronarangiographie", "Agatston-Score 412", "CAD-RADS 3", "Stent RIVA", "Kardiologie 3B"),
    ),
    (
        "de11",
        "de",
        "⟦INSTITUTION:Praxisgemeinschaft Nuklearmedizin & Radiologie Elbufer⟧\n⟦ADDRESS:Elbchaussee 301⟧, ⟦ADDRESS:22609 Hamburg⟧\n"
        "Zentrale ⟦PHONE:040 822 19-0⟧, Sekretariat Durchwahl ⟦PHONE:-214⟧, ⟦EMAIL:sekretariat@radiologie-elbufer.de⟧\n"
        "Schilddrüsenszintigraphie (Tc-99m, 75 MBq): Morbus Basedow mit diffus gesteigertem Uptake (TcTU 6,1 %).",
        ("Schilddrüsenszintigraphie", "Tc-99m", "75 MBq", "Morbus Basedow", "TcTU 6,1 %"),
    ),
    (
        "de12",
        "de",
        "Pat.: ⟦PERSON:Öztürk, Emine⟧ (geb. ⟦PERSON:Kaplan⟧), *⟦DATE:1.3.1952⟧\n"
        "Dolmetscher: Herr ⟦PERSON:Cemal Arslan⟧, erreichbar über ⟦PHONE:0621 383-4471⟧\n"
        "Mammographie: BI-RADS 4, gruppierter pleomorpher Mikrokalk oben außen links, Stanzbiopsie empfohlen.",
        ("BI-RADS 4", "pleomorpher Mikrokalk", "oben außen", "Stanzbiopsie"),
    ),
    (
        "de13",
        "de",
        "Verteiler: 1. Hausärztin Dr. ⟦PERSON:Gülşen Aydın-Bauer⟧, ⟦ADDRESS:Sonnenallee 88⟧, ⟦ADDRESS:12045 Berlin⟧; 2. ⟦INSTITUTION:Charité⟧ – Klinik für Urologie; 3. Patientenakte\n"
        "MRT Prostata (T2 TSE, DWI b1400, DCE): PI-RADS 4 Läsion linke periphere Zone basal, 11 mm.",
        ("Klinik für Urologie", "T2 TSE", "DWI b1400", "DCE", "PI-RADS 4", "periphere Zone", "11 mm"),
    ),
    (
        "de14",
        "de",
        "Die ⟦AGE:96⟧-jährige Patientin wird aus der ⟦INSTITUTION:Kurzzeitpflege Haus Abendrot⟧ in ⟦ADDRESS:Eckernförde⟧ gebracht.\n"
        "Thorax im Liegen: Pleuraerguss rechts, Herzschrittmacher (Medtronic Azure) regelrecht, keine Stauung.",
        ("Thorax im Liegen", "Pleuraerguss", "Herzschrittmacher", "Medtronic Azure", "Stauung"),
    ),
    (
        "de15",
        "de",
        "Fallnr. ⟦ID:25-0063120⟧ · Akz.-Nr. ⟦ID:20251104-0117⟧ · Untersuchung am ⟦DATE:4. Nov. 2025⟧, 14:32 Uhr\n"
        "MRT Schädel mit Gadovist (7,5 ml): Chiari-I-Malformation, Tonsillentiefstand 9 mm, Syrinx C5–Th2. Fazekas 1.",
        ("Gadovist", "7,5 ml", "Chiari-I-Malformation", "Tonsillentiefstand 9 mm", "C5–Th2", "Fazekas 1"),
    ),
    (
        "de16",
        "de",
        "Kind: ⟦PERSON:Mila Sophie Brandt⟧, geb. ⟦DATE:19.02.2021⟧\n"
        "Mutter: ⟦PERSON:Jessica Brandt⟧, Vater: ⟦PERSON:Dragan Petrović⟧ (sorgeberechtigt), Kontakt ⟦PHONE:0157/38291044⟧\n"
        "Sonographie Abdomen: Raumforderung Niere rechts 6 cm, DD Wilms-Tumor. Gefäße frei.",
        ("Raumforderung", "Niere rechts", "6 cm", "Wilms-Tumor", "Gefäße frei"),
    ),
    (
        "de17",
        "de",
        "Herr ⟦PERSON:Hartmann⟧ kommt zur Verlaufskontrolle nach Hartmann-Operation (⟦DATE:März 2025⟧).\n"
        "CT: Rektumstumpf unauffällig, keine Anastomoseninsuffizienz, Stoma im linken Unterbauch.",
        ("Verlaufskontrolle", "Hartmann-Operation", "Rektumstumpf", "Anastomoseninsuffizienz", "Stoma"),
    ),
    (
        "de18",
        "de",
        "Rückfragen an OA Dr. ⟦PERSON:Jakob Stein⟧, ⟦EMAIL:jakob.stein@klinikum-hochrhein.de⟧, Tel. ⟦PHONE:+49 7751 85-2207⟧\n"
        "Nierensonographie: Stein im unteren Kelch links 7 mm, kein Harnstau.",
        ("Nierensonographie", "Stein im unteren Kelch", "7 mm", "Harnstau"),
    ),
    (
        "de19",
        "de",
        "⟦PERSON:Zeynep Kılıç⟧\n⟦ADDRESS:Hinter den Höfen 2a⟧\n⟦ADDRESS:31137 Hildesheim⟧\nVersichertennr. ⟦ID:T802214576⟧\n\n"
        "Röntgen Sprunggelenk: Weber-B-Fraktur, Maisonneuve ausgeschlossen (Unterschenkel in 2 Ebenen).",
        ("Röntgen Sprunggelenk", "Weber-B-Fraktur", "Maisonneuve", "Unterschenkel in 2 Ebenen"),
    ),
    (
        "de20",
        "de",
        "Überweisung von: Dipl.-Med. ⟦PERSON:Sven-Olof Björklund⟧, ⟦INSTITUTION:Hausarztpraxis am Schlossberg⟧\n"
        "Patient: ⟦PERSON:João Pedro Carvalho⟧, ⟦AGE:91⟧ Jahre\n"
        "Frage: Pneumonie? Befund: Infiltrat Mittellappen, Kerley-B-Linien, Sinus phrenicocostalis frei.",
        ("Pneumonie", "Mittellappen", "Kerley-B-Linien", "Sinus phrenicocostalis"),
    ),
    # ------------------------------------------------------------------ Austria
    (
        "at01",
        "de",
        "Röntgeninstitut Dr. ⟦PERSON:Pichler-Hauer⟧ · Kassen und privat\n"
        "⟦ADDRESS:Landstraßer Hauptstraße 71/2/5⟧, ⟦ADDRESS:1030 Wien⟧ · Tel. ⟦PHONE:01/713 45 12⟧\n"
        "SVNR: ⟦ID:4471 150862⟧\n"
        "Mammasonographie: Fibroadenom 9 mm bei 10 Uhr, BI-RADS 3, Kontrolle in 6 Monaten.",
        ("Kassen und privat", "Fibroadenom", "9 mm", "bei 10 Uhr", "BI-RADS 3", "in 6 Monaten"),
    ),
    (
        "at02",
        "de",
        "Ordination Dr. ⟦PERSON:Magdalena Steinwender⟧, Fachärztin für Radiologie\n"
        "⟦ADDRESS:Hauptplatz 12⟧, ⟦ADDRESS:8330 Feldbach⟧ · ⟦EMAIL:ordination@radiologie-steinwender.at⟧\n"
        "Patientin: ⟦PERSON:Mehmedović, Amra⟧, SV-Nr. ⟦ID:3319 220779⟧\n"
        "MRT LWS: Spondylolisthese L5/S1 Meyerding I, Modic 1, Pfirrmann IV.",
        ("Fachärztin für Radiologie", "Spondylolisthese", "L5/S1", "Meyerding I", "Modic 1", "Pfirrmann IV"),
    ),
    (
        "at03",
        "de",
        "⟦INSTITUTION:Landesklinikum Horn⟧ · Institut für Radiologie\nVorstand: Prim. Dr. ⟦PERSON:Ferdinand Schachinger⟧\n"
        "Aufnahmezahl ⟦ID:2025/048813⟧\n"
        "CT-Angiographie Becken-Bein: Verschluss der A. femoralis superficialis rechts über 14 cm, Rekanalisation über Profunda-Kollateralen. Leriche-Syndrom ausgeschlossen.",
        ("Institut für Radiologie", "A. femoralis superficialis", "14 cm", "Profunda-Kollateralen", "Leriche-Syndrom"),
    ),
    (
        "at04",
        "de",
        "Untersuchungsdatum: ⟦DATE:23. Jänner 2026⟧\nZuweisung: Dr. ⟦PERSON:Ivanka Horvat⟧, Allgemeinmedizin, ⟦ADDRESS:Klagenfurt⟧\n"
        "Patient: ⟦PERSON:KRAJNC Bojan⟧, geb. ⟦DATE:08.10.1944⟧\n"
        "Knie-MRT: Osteochondrosis dissecans medialer Femurkondylus, ICRS Grad 2; Patella alta (Insall-Salvati 1,4).",
        ("Osteochondrosis dissecans", "Femurkondylus", "ICRS Grad 2", "Patella alta", "Insall-Salvati 1,4"),
    ),
    (
        "at05",
        "de",
        "Erwachsenenvertreterin: Mag. ⟦PERSON:Theresa Gschwandtner⟧ (Kanzlei in ⟦ADDRESS:Linz⟧), Tel. ⟦PHONE:0732 77 23 55-12⟧\n"
        "Der ⟦AGE:90⟧-jährige Herr ⟦PERSON:Leitner⟧ ist nicht einwilligungsfähig.\n"
        "CT Schädel nativ: chronisches Subduralhämatom links 14 mm, Mittellinienverlagerung 5 mm.",
        ("CT Schädel nativ", "chronisches Subduralhämatom", "14 mm", "Mittellinienverlagerung 5 mm"),
    ),
    (
        "at06",
        "de",
        "Befund-Nr. ⟦ID:RB-26-003391⟧ | ⟦PERSON:Nowak-Wieser, Agata⟧ | ⟦DATE:14.2.1987⟧ | Zuweiser: ⟦INSTITUTION:PVE Gesundheitszentrum Liesing⟧ | Einlangen ⟦DATE:02.01.26⟧\n"
        "US Schilddrüse: Knoten rechts 14 x 9 mm, EU-TIRADS 4, FNP empfohlen.",
        ("US Schilddrüse", "14 x 9 mm", "EU-TIRADS 4", "FNP empfohlen"),
    ),
    (
        "at07",
        "de",
        "Vorbefunde: CT Thorax ⟦DATE:11/2025⟧ im ⟦INSTITUTION:Krankenhaus der Barmherzigen Schwestern Ried⟧; PET-CT ⟦DATE:Dez. 2025⟧ am ⟦INSTITUTION:Ordensklinikum Linz⟧.\n"
        "Rundherd Oberlappen rechts 18 mm, Spikulae, SUVmax 7,2; Pancoast-Tumor nicht abgrenzbar.",
        ("Rundherd", "Oberlappen rechts", "18 mm", "Spikulae", "SUVmax 7,2", "Pancoast-Tumor"),
    ),
    (
        "at08",
        "de",
        "Beurteilung: Morbus Perthes Stadium Catterall III links, Containment unzureichend.\n"
        "Befundet von: OA Dr. ⟦PERSON:Lukas Pfeifer⟧\n"
        "Vidiert: Prim. Univ.-Prof. Dr. ⟦PERSON:Eszter Nagy-Halmos⟧, ⟦DATE:08.01.2026⟧ 09:14\n"
        "i.A. ⟦PERSON:B. Rieger⟧, Sekretariat",
        ("Morbus Perthes", "Catterall III", "Containment", "Sekretariat"),
    ),
    (
        "at09",
        "de",
        "e-card: ⟦ID:1187 030391⟧ · Versicherungsträger: ÖGK · mitversichert bei ⟦PERSON:Rudolf Eibl⟧ (Ehegatte)\n"
        "Patientin ⟦PERSON:Marianne Eibl⟧, Kontakt Sohn ⟦PERSON:Florian⟧ ⟦PHONE:0664 521 88 07⟧\n"
        "DXA: T-Score LWS −2,8, Schenkelhals −2,1; Osteoporose, Prolia-Therapie erwägen.",
        ("ÖGK", "T-Score LWS −2,8", "Schenkelhals −2,1", "Osteoporose", "Prolia-Therapie"),
    ),
    (
        "at10",
        "de",
        "A.ö. ⟦INSTITUTION:Bezirkskrankenhaus Schwaz⟧, ⟦ADDRESS:Swarovskistraße 1-3⟧, ⟦ADDRESS:A-6130 Schwaz⟧\n"
        "Radiologie, Leitung: Dr. ⟦PERSON:Anton Kathrein⟧, DW ⟦PHONE:5210⟧\n"
        "Röntgen Hand: Kahnbeinfraktur Herbert B2, Os lunatum intakt, kein Hinweis auf Kienböck.",
        ("Kahnbeinfraktur", "Herbert B2", "Os lunatum", "Kienböck"),
    ),
    (
        "at11",
        "de",
        "Patientin ⟦PERSON:Trần Thị Hoa⟧ (Dolmetsch: ⟦PERSON:Phạm Minh Tuấn⟧, Sohn), wh. ⟦ADDRESS:Quellenstraße 134/7/12⟧, ⟦ADDRESS:1100 Wien⟧\n"
        "Oberbauch-Sono: Gallenblasenhydrops, Konkrement 2 cm im Infundibulum, Mirizzi-Syndrom möglich.",
        ("Oberbauch-Sono", "Gallenblasenhydrops", "Konkrement 2 cm", "Infundibulum", "Mirizzi-Syndrom"),
    ),
    (
        "at12",
        "de",
        "Die Patientin steht im ⟦AGE:92⟧. Lebensjahr. Aufnahme am ⟦DATE:28.12.⟧, Fallzahl ⟦ID:0026114739⟧.\n"
        "CT Abdomen: freie Luft subphrenisch, perforiertes Ulcus duodeni, Flüssigkeit im Douglas-Raum.",
        ("freie Luft", "subphrenisch", "Ulcus duodeni", "Douglas-Raum"),
    ),
    (
        "at13",
        "de",
        "Tumorboard ⟦INSTITUTION:Klinikum Wels-Grieskirchen⟧, Do ⟦DATE:15.01.2026⟧\n"
        "Anwesend: ⟦PERSON:Haider⟧ (Chir.), ⟦PERSON:Obermüller⟧ (Onko), ⟦PERSON:Köhler⟧ (Rad.), ⟦PERSON:Al-Rashid⟧ (Patho)\n"
        "Rektumkarzinom cT3c N1, MRF+, EMVI positiv; Empfehlung: totale neoadjuvante Therapie.",
        ("Rektumkarzinom", "cT3c N1", "MRF+", "EMVI positiv", "totale neoadjuvante Therapie"),
    ),
    (
        "at14",
        "de",
        "Wahlarztordination ⟦INSTITUTION:Radiologie Mariahilf⟧ · ⟦URL:https://www.radiologie-mariahilf.at/termine⟧ · ⟦EMAIL:office@radiologie-mariahilf.at⟧\n"
        "MRT Schulter rechts: Bankart-Läsion, Hill-Sachs-Impression 4 mm, SLAP II.",
        ("Wahlarztordination", "Bankart-Läsion", "Hill-Sachs-Impression 4 mm", "SLAP II"),
    ),
    (
        "at15",
        "de",
        "Name: ⟦PERSON:Đorđević Milica⟧ Geb.: ⟦DATE:1949-05-17⟧ Station: Interne 2\n"
        "Angehörige: Enkelin ⟦PERSON:Ana Đorđević-Huber⟧ ⟦PHONE:+43 650 771 2094⟧\n"
        "Thorax: Lungenödem, Kerley-Linien, Zwerchfell beidseits unscharf.",
        ("Interne 2", "Lungenödem", "Kerley-Linien", "Zwerchfell"),
    ),
    (
        "at16",
        "de",
        "Vergleich mit MRT vom ⟦DATE:3.9.2024⟧ (⟦INSTITUTION:Diagnosezentrum Urfahr⟧) und Röntgen aus 2022 (⟦INSTITUTION:UKH Kalwang⟧).\n"
        "Hoffa-Fettkörper-Impingement, Plica mediopatellaris, Chondropathie Grad III retropatellar.",
        ("aus 2022", "Hoffa-Fettkörper-Impingement", "Plica mediopatellaris", "Chondropathie Grad III"),
    ),
    (
        "at17",
        "de",
        "Frau ⟦PERSON:Huber⟧, ⟦AGE:97⟧ a, Pflegeheim ⟦INSTITUTION:Haus Elisabeth⟧ ⟦ADDRESS:Gmunden⟧\n"
        "Röntgen Thorax: Herzvergrößerung, Pleuraerguss beidseits, Portkatheter über V. subclavia rechts, Spitze cavoatrial.",
        ("Herzvergrößerung", "Pleuraerguss beidseits", "Portkatheter", "V. subclavia rechts", "cavoatrial"),
    ),
    (
        "at18",
        "de",
        "⟦PERSON:SCHWARZ-GRUBER, Hermine⟧, ⟦DATE:02.02.1950⟧, ⟦ADDRESS:Kirchengasse 4⟧, ⟦ADDRESS:3340 Waidhofen an der Ybbs⟧\n"
        "Zuweiser: Gruppenpraxis für Innere Medizin Dres. ⟦PERSON:Lechner⟧ & ⟦PERSON:Kovačević⟧, ⟦PHONE:07442/523 60⟧\n"
        "Sono Abdomen: Leberzirrhose, Aszites, Caput medusae; Budd-Chiari-Syndrom nicht nachweisbar (Lebervenen offen).",
        ("Leberzirrhose", "Aszites", "Caput medusae", "Budd-Chiari-Syndrom", "Lebervenen offen"),
    ),
    # ------------------------------------------------------------------ Switzerland
    (
        "ch01",
        "de",
        "⟦INSTITUTION:Kantonsspital Frauenfeld⟧ · ⟦ADDRESS:Pfaffenholzstrasse 4⟧ · ⟦ADDRESS:CH-8501 Frauenfeld⟧\n"
        "Institut für Radiologie · Tel. ⟦PHONE:+41 52 723 71 11⟧\n"
        "Patient: ⟦PERSON:Brunner-Zürcher, Ruedi⟧, AHV ⟦ID:756.4471.2290.13⟧\n"
        "CT Thorax: Lungenembolie segmental rechts, keine Rechtsherzbelastung.",
        ("Institut für Radiologie", "Lungenembolie", "segmental rechts", "Rechtsherzbelastung"),
    ),
    (
        "ch02",
        "de",
        "⟦INSTITUTION:Radiologie Rosengarten⟧ AG · Gruppenpraxis Dres. ⟦PERSON:Gisler⟧, ⟦PERSON:Tschudi⟧ und ⟦PERSON:Ramadani⟧\n"
        "⟦ADDRESS:Bahnhofstrasse 17⟧, ⟦ADDRESS:6430 Schwyz⟧\n"
        "Arthro-MRT Hüfte (Gadolinium intraartikulär): Cam-Impingement, Alpha-Winkel 68°, Labrumriss anterosuperior.",
        ("Arthro-MRT Hüfte", "Cam-Impingement", "Alpha-Winkel 68°", "Labrumriss", "anterosuperior"),
    ),
    (
        "ch03",
        "fr",
        "⟦INSTITUTION:Hôpital du Jura bernois⟧, site de ⟦ADDRESS:Moutier⟧\n"
        "Patiente: Mme ⟦PERSON:Clémence Favre-Bulle⟧, née le ⟦DATE:12 mars 1946⟧\n"
        "Médecin traitant: Dr ⟦PERSON:Yves Gogniat⟧, ⟦ADDRESS:Tavannes⟧\n"
        "IRM du genou: kyste de Baker, lésion de la corne postérieure du ménisque médial.",
        ("IRM du genou", "kyste de Baker", "corne postérieure", "ménisque médial"),
    ),
    (
        "ch04",
        "it",
        "⟦INSTITUTION:Ospedale Regionale di Bellinzona e Valli⟧ – Servizio di radiologia\n"
        "Paziente: ⟦PERSON:Bernasconi Luca⟧, nato il ⟦DATE:03.05.1971⟧, n. caso ⟦ID:40019283⟧\n"
        "TC addome: calcolosi della colecisti, segno di Murphy ecografico positivo, morbo di Crohn noto.",
        ("Servizio di radiologia", "calcolosi della colecisti", "segno di Murphy", "morbo di Crohn"),
    ),
    (
        "ch05",
        "de",
        "PID: ⟦ID:7788102⟧   FID: ⟦ID:25.118.440⟧   Name: ⟦PERSON:KÄLIN Beatrice⟧   Geb: ⟦DATE:22.11.31⟧   Alter: ⟦AGE:94⟧\n"
        "Zuweiser: ⟦INSTITUTION:Hausarztpraxis Sihltal⟧, ⟦ADDRESS:Adliswil⟧, Tel ⟦PHONE:044 710 22 33⟧\n"
        "Rx Becken: Schambeinastfraktur links, Ala-Aufnahme ohne Acetabulumbeteiligung.",
        ("Rx Becken", "Schambeinastfraktur", "Ala-Aufnahme", "Acetabulumbeteiligung"),
    ),
    (
        "ch06",
        "de",
        "Kontaktperson: ⟦PERSON:Verena Hürlimann⟧ (Schwester), ⟦ADDRESS:Dorfstrasse 9⟧, ⟦ADDRESS:8926 Kappel am Albis⟧, ⟦PHONE:079 412 65 30⟧\n"
        "Ultraschall Hals: Lymphknoten zervikal Level IIa 2,1 cm, Hilus aufgehoben; Morbus Hodgkin anamnestisch.",
        ("Ultraschall Hals", "Level IIa", "2,1 cm", "Hilus aufgehoben", "Morbus Hodgkin"),
    ),
    (
        "ch07",
        "de",
        "Befund: MRT HWS mit Myelopathiesignal C4/5, Spinalkanalstenose, Torg-Pavlov-Ratio 0,7.\n"
        "Freundliche Grüsse\nDr. med. ⟦PERSON:Andrea Caflisch⟧, Leitende Ärztin\ndipl. Ärztin ⟦PERSON:Seraina Bundi⟧, Assistenzärztin\n"
        "Elektronisch visiert am ⟦DATE:2.12.2025⟧\nKopie an: Dr. med. ⟦PERSON:Gian Marco Tuor⟧, ⟦ADDRESS:Ilanz⟧; Patient",
        ("Myelopathiesignal", "C4/5", "Spinalkanalstenose", "Torg-Pavlov-Ratio 0,7", "Leitende Ärztin"),
    ),
    (
        "ch08",
        "de",
        "Patient: ⟦PERSON:Berisha, Valon⟧ · Versicherung: CSS · Versichertenkarte ⟦ID:80756000080012345678⟧\n"
        "MR-Enterographie: Crohn-Aktivität terminales Ileum (MaRIA 14), perianale Fistel transsphinktär (Parks), kein Abszess.",
        ("CSS", "MR-Enterographie", "Crohn-Aktivität", "MaRIA 14", "transsphinktär (Parks)"),
    ),
    (
        "ch09",
        "fr",
        "⟦INSTITUTION:Imagerie Rive-Droite⟧ SA, ⟦ADDRESS:Rue du Mont-Blanc 7⟧, ⟦ADDRESS:1201 Genève⟧, tél. ⟦PHONE:022 731 40 50⟧\n"
        "Concerne: M. ⟦PERSON:Karim Benali⟧, né le ⟦DATE:07/09/1980⟧\n"
        "IRM cérébrale: séquence FLAIR, hypersignaux de la substance blanche, Fazekas 2; pas de prise de contraste après Dotarem.",
        ("IRM cérébrale", "FLAIR", "substance blanche", "Fazekas 2", "Dotarem"),
    ),
    (
        "ch10",
        "fr",
        "Mme ⟦PERSON:Odette Rochat⟧, ⟦AGE:98⟧ ans, EMS ⟦INSTITUTION:La Résidence du Lac⟧, ⟦ADDRESS:Yverdon-les-Bains⟧\n"
        "Radiographie du thorax: pneumonie basale droite, sonde gastrique en place.",
        ("Radiographie du thorax", "pneumonie basale droite", "sonde gastrique"),
    ),
    (
        "ch11",
        "de",
        "Tumorboard Sarkom, ⟦INSTITUTION:Universitätsspital Basel⟧, ⟦DATE:9. Dezember 2025⟧\n"
        "Vorgestellt durch: Dr. ⟦PERSON:Fatmir Krasniqi⟧; anwesend: Prof. ⟦PERSON:Ingrid Thorsen⟧, Dr. ⟦PERSON:P. Müller-Wyss⟧\n"
        "Ewing-Sarkom Femurdiaphyse links, Skip-Läsion ausgeschlossen, Lungenrundherde <3 mm.",
        ("Tumorboard Sarkom", "Ewing-Sarkom", "Femurdiaphyse", "Skip-Läsion", "<3 mm"),
    ),
    (
        "ch12",
        "de",
        "Rückruf erbeten: Sekretariat Radiologie, intern ⟦PHONE:4471⟧, extern ⟦PHONE:+41 61 556 44 71⟧, ⟦EMAIL:radiologie.sekretariat@spital-laufen.ch⟧\n"
        "Patient ⟦PERSON:Amsler Thomas⟧: Sonographie Skrotum: Varikozele links Grad II, Hoden homogen.",
        ("Sonographie Skrotum", "Varikozele", "Grad II", "Hoden homogen"),
    ),
    (
        "ch13",
        "it",
        "Persona di contatto: ⟦PERSON:Giulia Pedrazzini⟧ (figlia), tel. ⟦PHONE:091 825 13 40⟧\n"
        "Paziente: Sig. ⟦PERSON:Renzo Pedrazzini⟧, ⟦AGE:91⟧ anni, ⟦ADDRESS:Via San Gottardo 55⟧, ⟦ADDRESS:6500 Bellinzona⟧\n"
        "RX bacino: coxartrosi bilaterale, protesi d'anca sinistra in sede.",
        ("RX bacino", "coxartrosi bilaterale", "protesi d'anca"),
    ),
    (
        "ch14",
        "de",
        "Aussenaufnahmen: CT ⟦DATE:Oktober 2025⟧ ⟦INSTITUTION:Röntgeninstitut Zürich-Altstetten⟧, MRI ⟦DATE:08/2024⟧ ⟦INSTITUTION:Radiologie Zentrum Olten⟧\n"
        "Befund: Nierenzellkarzinom rechts 4,1 cm, Bosniak-IV-Komponente, V. renalis frei.",
        ("Nierenzellkarzinom", "4,1 cm", "Bosniak-IV-Komponente", "V. renalis frei"),
    ),
    (
        "ch15",
        "de",
        "Notfall ⟦INSTITUTION:Permanence am Bahnhofplatz⟧, Dr. ⟦PERSON:Lea Oberholzer⟧\n"
        "Patient: ⟦PERSON:Mustafa Yılmaz⟧, *⟦DATE:15.08.1990⟧\n"
        "Röntgen OSG: trimalleoläre Fraktur mit Volkmann-Dreieck, Syndesmose fraglich.",
        ("Röntgen OSG", "trimalleoläre Fraktur", "Volkmann-Dreieck", "Syndesmose"),
    ),
    (
        "ch16",
        "de",
        "Pat.: ⟦PERSON:Ljubica Marić⟧, ⟦ADDRESS:Zürcherstrasse 140⟧, ⟦ADDRESS:9000 St. Gallen⟧, AHV-Nr. ⟦ID:756.9021.5534.80⟧\n"
        "Mammographie: ACR b, BI-RADS 1, Tomosynthese ohne Architekturstörung.",
        ("ACR b", "BI-RADS 1", "Tomosynthese", "Architekturstörung"),
    ),
    (
        "ch17",
        "fr",
        "Conclusion: fracture de Segond, rupture du LCA, contusion osseuse du plateau tibial latéral.\n"
        "Dr ⟦PERSON:Nathalie Jeanneret⟧, médecin adjointe\n"
        "Copie: Dr ⟦PERSON:Olivier Pache⟧, ⟦INSTITUTION:Cabinet médical des Alpes⟧, ⟦ADDRESS:Martigny⟧",
        ("fracture de Segond", "rupture du LCA", "plateau tibial latéral", "médecin adjointe"),
    ),
    (
        "ch18",
        "de",
        "Auftrag\t⟦ID:ORD-5582104⟧\tEingang\t⟦DATE:01.12.2025⟧ 07:55\nPatient\t⟦PERSON:Gashi, Drita⟧\t⟦DATE:04.04.1966⟧\tW\n"
        "Abteilung\tOrthopädie, ⟦INSTITUTION:Spital Zollikerberg⟧\n"
        "CT LWS: Spondylodese L3–L5 (Pedikelschrauben), Schraubenlockerung L5 links, Anschlusssegment L2/3 degeneriert.",
        ("Spondylodese", "L3–L5", "Pedikelschrauben", "Schraubenlockerung", "L2/3"),
    ),
    # ------------------------------------------------------------------ United Kingdom
    (
        "uk01",
        "en",
        "⟦INSTITUTION:Royal Cornwall Hospitals NHS Trust⟧\nDepartment of Clinical Imaging, ⟦INSTITUTION:Royal Cornwall Hospital⟧, ⟦ADDRESS:Treliske⟧, ⟦ADDRESS:Truro TR1 3LJ⟧\n"
        "Patient: ⟦PERSON:PENROSE, Jennifer Anne⟧   NHS No: ⟦ID:485 777 3456⟧   Hosp No: ⟦ID:K1189034⟧\n"
        "CT KUB: 6 mm calculus at the left VUJ with mild hydronephrosis.",
        ("Department of Clinical Imaging", "CT KUB", "6 mm calculus", "VUJ", "hydronephrosis"),
    ),
    (
        "uk02",
        "en",
        "Dear Dr ⟦PERSON:Chukwuemeka⟧,\nRe: Mrs ⟦PERSON:Adaeze Okafor⟧, DOB ⟦DATE:14/03/1971⟧, ⟦ADDRESS:Flat 4, 27 Brockley Rise⟧, ⟦ADDRESS:London SE23 1JG⟧\n"
        "Ultrasound pelvis: 5 cm simple left ovarian cyst (O-RADS 2); no free fluid in the pouch of Douglas.",
        ("5 cm", "ovarian cyst", "O-RADS 2", "pouch of Douglas"),
    ),
    (
        "uk03",
        "en",
        "Upper GI MDT – Tuesday ⟦DATE:2nd December 2025⟧\n"
        "Present: Mr ⟦PERSON:R. Bhattacharya⟧ (Consultant Surgeon), Dr ⟦PERSON:Siobhan Kearney⟧ (Radiology), Dr ⟦PERSON:Tomasz Wójcik⟧ (Oncology), ⟦PERSON:Helen Marsh⟧ (CNS)\n"
        "Oesophageal adenocarcinoma on a background of Barrett's, T3 N1 on EUS, Siewert II.",
        ("Upper GI MDT", "Consultant Surgeon", "Barrett's", "T3 N1", "EUS", "Siewert II"),
    ),
    (
        "uk04",
        "en",
        "⟦INSTITUTION:NHS Grampian⟧ – ⟦INSTITUTION:Aberdeen Royal Infirmary⟧, ⟦ADDRESS:Foresterhill⟧, ⟦ADDRESS:Aberdeen AB25 2ZN⟧\n"
        "CHI: ⟦ID:0907451234⟧  Name: ⟦PERSON:McAllister, Euan⟧\n"
        "MRI lumbar spine (T2 sag, STIR): Schmorl's nodes at L1 and L2, Scheuermann's kyphosis 52°.",
        ("T2 sag", "STIR", "Schmorl's nodes", "L1 and L2", "Scheuermann's kyphosis 52°"),
    ),
    (
        "uk05",
        "en",
        "Clinical details: ⟦AGE:92⟧ yo lady from ⟦INSTITUTION:Ashgrove House Care Home⟧, ⟦ADDRESS:Kettering⟧. Fall. ?NOF.\n"
        "XR right hip: displaced intracapsular neck of femur fracture, Garden IV. Old Colles' fracture noted on the wrist series.",
        ("intracapsular", "neck of femur fracture", "Garden IV", "Colles' fracture"),
    ),
    (
        "uk06",
        "en",
        "NOK: ⟦PERSON:Graham Whitfield⟧ (son) ⟦PHONE:07700 900 412⟧; also daughter-in-law ⟦PERSON:Priya Whitfield⟧\n"
        "CT head: chronic small vessel disease (Fazekas 2), no acute haemorrhage, old left MCA infarct.",
        ("small vessel disease", "Fazekas 2", "acute haemorrhage", "MCA infarct"),
    ),
    (
        "uk07",
        "en",
        "Impression: Paget's disease of the right hemipelvis; no lytic lesion to suggest sarcomatous change.\n"
        "Reported by: Dr ⟦PERSON:Olumide Adeyemi⟧, Consultant Radiologist, GMC ⟦ID:7034412⟧\nVerified: ⟦DATE:05/12/2025⟧ 16:48",
        ("Paget's disease", "hemipelvis", "sarcomatous change", "Consultant Radiologist"),
    ),
    (
        "uk08",
        "en",
        "⟦INSTITUTION:Ysbyty Gwynedd⟧, ⟦ADDRESS:Penrhosgarnedd⟧, ⟦ADDRESS:Bangor LL57 2PW⟧ – ⟦INSTITUTION:Betsi Cadwaladr University Health Board⟧\n"
        "Patient: ⟦PERSON:Gwenllian Pritchard⟧, Hospital no. ⟦ID:G2289145⟧\n"
        "Mammogram: M4, 11 mm spiculate mass at 2 o'clock, right axilla clear.",
        ("M4", "11 mm", "spiculate mass", "2 o'clock", "right axilla"),
    ),
    (
        "uk09",
        "en",
        "Acc: ⟦ID:RBA2511045578⟧ | Req by: Dr ⟦PERSON:H. Raza⟧ (⟦INSTITUTION:Crosshouse Medical Practice⟧) | Exam date: ⟦DATE:3 Dec 2025⟧ | Prior: ⟦DATE:17.06.23⟧\n"
        "CT chest: 7 mm solid nodule right lower lobe (Se 3/Im 88); per Fleischner, CT at 6-12 months.",
        ("7 mm solid nodule", "right lower lobe", "(Se 3/Im 88)", "Fleischner", "6-12 months"),
    ),
    (
        "uk10",
        "en",
        "Interpreter: Mrs ⟦PERSON:Beata Zawadzka⟧ (Polish), via switchboard ⟦PHONE:0116 258 5000⟧ ext ⟦PHONE:6219⟧\n"
        "Patient: Mr ⟦PERSON:Zdzisław Kowalczyk⟧\n"
        "Barium swallow: Schatzki ring at the GOJ, small sliding hiatus hernia; no Zenker's diverticulum.",
        ("Barium swallow", "Schatzki ring", "GOJ", "sliding hiatus hernia", "Zenker's diverticulum"),
    ),
    (
        "uk11",
        "en",
        "Queries to ⟦EMAIL:uhl-tr.radiologysecs@nhs.net⟧. Please cc Dr ⟦PERSON:Ewa Nowicka⟧, ⟦INSTITUTION:Hinckley and Bosworth Community Hospital⟧.\n"
        "MRI pelvis: intersphincteric perianal fistula, St James's grade 2, no collection.",
        ("MRI pelvis", "intersphincteric", "perianal fistula", "St James's grade 2"),
    ),
    (
        "uk12",
        "en",
        "To: Dr ⟦PERSON:A. Oyelowo⟧, ⟦INSTITUTION:Holt Medical Practice⟧, ⟦ADDRESS:14 Market Place⟧, ⟦ADDRESS:Holt NR25 6BW⟧\n"
        "Date typed: ⟦DATE:08-12-2025⟧\n"
        "DEXA: T-score −2.7 at the femoral neck; FRAX 10-year hip fracture risk 6.1%.",
        ("T-score −2.7", "femoral neck", "FRAX", "10-year", "6.1%"),
    ),
    (
        "uk13",
        "en",
        "⟦INSTITUTION:Belfast Health and Social Care Trust⟧ · ⟦INSTITUTION:Royal Victoria Hospital⟧, ⟦ADDRESS:274 Grosvenor Road⟧, ⟦ADDRESS:Belfast BT12 6BA⟧\n"
        "H&C No: ⟦ID:3219876540⟧ · Patient: ⟦PERSON:Ó Ceallaigh, Pádraig⟧\n"
        "CT angiogram: type B aortic dissection (Stanford B), entry tear distal to the left subclavian.",
        ("type B aortic dissection", "Stanford B", "entry tear", "left subclavian"),
    ),
    (
        "uk14",
        "en",
        "⟦INSTITUTION:Nuffield Health Cheltenham Hospital⟧, ⟦ADDRESS:Hatherley Lane⟧, ⟦ADDRESS:Cheltenham GL51 6SY⟧ · ⟦URL:www.nuffieldhealth.com/hospitals/cheltenham⟧\n"
        "Self-pay patient ⟦PERSON:Marguerite Delacroix-Hughes⟧, DOB ⟦DATE:29 Feb 1948⟧\n"
        "MRI knee: Baker's cyst 4 cm, complex tear of the posterior horn of the medial meniscus, Outerbridge grade 3.",
        ("Baker's cyst", "4 cm", "posterior horn", "medial meniscus", "Outerbridge grade 3"),
    ),
    (
        "uk15",
        "en",
        "Skeletal survey. Mother: ⟦PERSON:Chantelle Brooks⟧; social worker ⟦PERSON:Imran Siddiqui⟧ (⟦INSTITUTION:Sandwell Children's Trust⟧) ⟦PHONE:0121 569 2266⟧\n"
        "Child: ⟦PERSON:Kai Brooks-Mensah⟧, DOB ⟦DATE:11/01/2025⟧\n"
        "Classic metaphyseal lesion distal left femur; healing posterior rib fractures 5-7 right. Skull normal.",
        ("Skeletal survey", "Classic metaphyseal lesion", "posterior rib fractures 5-7", "Skull normal"),
    ),
    (
        "uk16",
        "en",
        "Clinical: ⟦AGE:101⟧-year-old gentleman, ⟦PERSON:Cyril Ashworth⟧, on apixaban, fall at home.\n"
        "CT C-spine (Canadian C-spine rule positive): type II dens fracture (Anderson and D'Alonzo) on a background of diffuse idiopathic skeletal hyperostosis.",
        (
            "apixaban",
            "Canadian C-spine rule",
            "type II dens fracture",
            "Anderson and D'Alonzo",
            "diffuse idiopathic skeletal hyperostosis",
        ),
    ),
    (
        "uk17",
        "en",
        "Patient: ⟦PERSON:HUSSAIN, Ayesha Begum⟧ | MRN ⟦ID:RQ6-2219483⟧ | ⟦INSTITUTION:Aintree University Hospital⟧ | Ward 22 | Consultant: Mr ⟦PERSON:Douglas⟧\n"
        "US abdomen: gallbladder wall 5 mm, pericholecystic fluid, sonographic Murphy's sign positive; Morison's pouch clear.",
        ("Ward 22", "gallbladder wall 5 mm", "pericholecystic fluid", "Murphy's sign", "Morison's pouch"),
    ),
    (
        "uk18",
        "en",
        "Comparison: CT ⟦DATE:March 2024⟧ performed at ⟦INSTITUTION:Queen Elizabeth Hospital⟧ ⟦ADDRESS:King's Lynn⟧ and PET-CT (⟦DATE:14/08/2025⟧) at ⟦INSTITUTION:Addenbrooke's⟧.\n"
        "Right hilar mass now 3.4 cm (previously 4.9 cm), partial response per RECIST 1.1; Horner's syndrome clinically.",
        ("Right hilar mass", "3.4 cm", "4.9 cm", "RECIST 1.1", "Horner's syndrome"),
    ),
    (
        "uk19",
        "en",
        "Re: Mr ⟦PERSON:Desmond Parkinson⟧, DOB ⟦DATE:02/10/1949⟧, Hospital No ⟦ID:M0448127⟧\n"
        "History: Parkinson's disease; Graves' disease treated with radioiodine in 1998.\n"
        "DaTscan: reduced putaminal uptake bilaterally, in keeping with Parkinson's disease; no thyroid uptake.",
        ("Parkinson's disease", "Graves' disease", "radioiodine", "in 1998", "DaTscan", "putaminal uptake"),
    ),
    # ------------------------------------------------------------------ United States
    (
        "us01",
        "en",
        "⟦INSTITUTION:Desert Sky Imaging⟧, LLC · ⟦ADDRESS:4410 E. Camelback Rd, Suite 210⟧ · ⟦ADDRESS:Phoenix⟧, AZ ⟦ADDRESS:85018⟧\n"
        "Ph ⟦PHONE:(602) 555-0143⟧ · Fax ⟦PHONE:(602) 555-0199⟧\n"
        "Patient: ⟦PERSON:Whitehorse, Delbert⟧  DOB: ⟦DATE:07/22/1955⟧  MRN: ⟦ID:DSI-0047781⟧\n"
        "MRI lumbar spine: L4-L5 broad-based disc bulge with moderate foraminal stenosis; Tarlov cyst at S2.",
        ("L4-L5", "broad-based disc bulge", "foraminal stenosis", "Tarlov cyst", "S2"),
    ),
    (
        "us02",
        "en",
        "Referring: ⟦PERSON:Maria Consuelo Ibarra⟧, NP – ⟦INSTITUTION:Valle Verde Family Clinic⟧\n"
        "cc: ⟦PERSON:Thomas Ng⟧, MD; ⟦PERSON:Rachel Goldberg⟧, DO\n"
        "CTA chest: no pulmonary embolism. Incidental 1.8 cm right adrenal nodule, 8 HU (lipid-rich adenoma).",
        ("pulmonary embolism", "1.8 cm", "adrenal nodule", "8 HU", "lipid-rich adenoma"),
    ),
    (
        "us03",
        "en",
        "IMPRESSION: Acute appendicitis with appendicolith; no abscess. Alvarado score not applicable.\n"
        "Electronically signed by: ⟦PERSON:Venkata Subramaniam⟧, MD on ⟦DATE:12/04/2025⟧ 3:17 PM\n"
        "Dictated by: ⟦PERSON:Kateryna Bondarenko⟧, MD (resident)",
        ("IMPRESSION", "Acute appendicitis", "appendicolith", "Alvarado score"),
    ),
    (
        "us04",
        "en",
        "HISTORY: ⟦AGE:94⟧ y/o F, nursing home resident (⟦INSTITUTION:Magnolia Gardens Skilled Nursing⟧, ⟦ADDRESS:Baton Rouge⟧), AMS.\n"
        "CT head w/o contrast: no acute intracranial process; remote lacunar infarct in the left basal ganglia. Fahr-type calcifications.",
        ("AMS", "CT head w/o contrast", "lacunar infarct", "basal ganglia", "Fahr-type calcifications"),
    ),
    (
        "us05",
        "en",
        "ACCESSION #: ⟦ID:CT25-0931177⟧   ORDER #: ⟦ID:88120456⟧\n"
        "Questions: reading room ⟦PHONE:617-555-0172⟧ x⟦PHONE:3390⟧ or ⟦EMAIL:neurorad.reading@bayviewrad.org⟧\n"
        "MRI brain with and without gadolinium (MultiHance 15 mL): 2.2 cm enhancing extra-axial mass with dural tail, meningioma.",
        ("MultiHance 15 mL", "2.2 cm", "extra-axial mass", "dural tail", "meningioma"),
    ),
    (
        "us06",
        "en",
        "Emergency contact: ⟦PERSON:Lakisha Freeman⟧ (mother/legal guardian) ⟦PHONE:(404) 555-0186⟧\n"
        "Patient: ⟦PERSON:Jaylen Freeman⟧, 7 y/o M\n"
        "XR forearm 2 views: Monteggia fracture-dislocation, proximal ulnar shaft fracture with anterior radial head dislocation.",
        ("7 y/o", "XR forearm 2 views", "Monteggia", "ulnar shaft", "radial head dislocation"),
    ),
    (
        "us07",
        "en",
        "⟦INSTITUTION:VA Palo Alto Health Care System⟧ – Imaging Service\n"
        "Veteran: ⟦PERSON:Kealoha, Bernard K.⟧  SSN (last 4): ⟦ID:4417⟧\n"
        "CT chest: post-radiation fibrosis at the left apex; stable 6 mm nodule (Se 2/Im 47).",
        ("Imaging Service", "post-radiation fibrosis", "left apex", "6 mm nodule", "(Se 2/Im 47)"),
    ),
    (
        "us08",
        "en",
        "Thoracic Tumor Board ⟦DATE:11/20/2025⟧ – Attendees: ⟦PERSON:Oluwaseun Adebanjo⟧, MD; ⟦PERSON:Lindsay Park⟧, MD; ⟦PERSON:Hamid Rezaei⟧, MD; ⟦PERSON:Bich Ngoc Le⟧, RN\n"
        "Case: ⟦PERSON:Gerald Hodgkins⟧ – classic Hodgkin lymphoma, Lugano stage IIB, bulky mediastinal mass 10.5 cm.",
        ("Thoracic Tumor Board", "Hodgkin lymphoma", "Lugano stage IIB", "bulky mediastinal mass", "10.5 cm"),
    ),
    (
        "us09",
        "en",
        "COMPARISON: Outside CT abdomen ⟦DATE:Sept 9, 2025⟧ from ⟦INSTITUTION:Tri-County Open MRI & CT⟧ (⟦ADDRESS:Lufkin⟧, TX) and US ⟦DATE:06/2025⟧ from ⟦INSTITUTION:St. Luke's Health–Memorial⟧.\n"
        "FINDINGS: Bosniak IIF cyst in the right kidney, 3.1 cm, stable; no hydronephrosis.",
        ("Bosniak IIF", "right kidney", "3.1 cm", "hydronephrosis"),
    ),
    (
        "us10",
        "en",
        "⟦PERSON:Ngozi Chukwu-Abara⟧\n⟦ADDRESS:1187 Peachtree Industrial Blvd Apt 3C⟧\n⟦ADDRESS:Duluth⟧, GA ⟦ADDRESS:30097-4412⟧\n"
        "Member ID: ⟦ID:XJH884120337⟧  Group: ⟦ID:0087221⟧\n"
        "Screening mammogram: BI-RADS 0, focal asymmetry in the right breast, posterior depth; diagnostic workup with spot compression.",
        ("BI-RADS 0", "focal asymmetry", "posterior depth", "spot compression"),
    ),
    (
        "us11",
        "en",
        "Pt accompanied by husband, ⟦PERSON:Rodrigo Almeida Santos⟧, who provided history (Portuguese interpreter ⟦PERSON:Fernanda Lisboa⟧ by phone, ID ⟦ID:402211⟧).\n"
        "US RUQ: cholelithiasis, CBD 9 mm, concern for choledocholithiasis; recommend MRCP.",
        ("US RUQ", "cholelithiasis", "CBD 9 mm", "choledocholithiasis", "MRCP"),
    ),
    (
        "us12",
        "en",
        "Exam: PET/CT skull base to mid-thigh performed ⟦DATE:Nov. 21st, 2025⟧ at ⟦INSTITUTION:Lakeshore Molecular Imaging⟧. F-18 FDG 12.1 mCi, glucose 96 mg/dL.\n"
        "Deauville 4 uptake in a left supraclavicular node.",
        ("skull base to mid-thigh", "F-18 FDG 12.1 mCi", "96 mg/dL", "Deauville 4", "supraclavicular node"),
    ),
    (
        "us13",
        "en",
        "PT: ⟦PERSON:ABERNATHY, CLAUDETTE M⟧ | DOB: ⟦DATE:1941-12-02⟧ | ACC: ⟦ID:4471298⟧ | LOC: 4W-412 | ATTN: ⟦PERSON:S. Krishnamurthy⟧, MD\n"
        "Portable chest: Swan-Ganz catheter tip in the right interlobar pulmonary artery; recommend retraction. Impella CP in position.",
        ("Portable chest", "Swan-Ganz catheter", "right interlobar pulmonary artery", "Impella CP"),
    ),
    (
        "us14",
        "en",
        "⟦INSTITUTION:Great Lakes Musculoskeletal Radiology Associates⟧, P.C. · ⟦ADDRESS:2200 Huron Pkwy⟧ · ⟦ADDRESS:Ann Arbor⟧, MI ⟦ADDRESS:48104⟧ · ⟦URL:glmra.com⟧\n"
        "MRI foot: not a Jones fracture – avulsion of the fifth metatarsal base (pseudo-Jones); Lisfranc ligament intact.",
        ("Jones fracture", "fifth metatarsal base", "pseudo-Jones", "Lisfranc ligament"),
    ),
    (
        "us15",
        "en",
        "Name: ⟦PERSON:Dang, Quoc Bao⟧   Sex: M   DOB: ⟦DATE:Jan 5, 1962⟧   MRN: ⟦ID:00918274⟧   FIN: ⟦ID:2025341877⟧\n"
        "CT abdomen/pelvis with Omnipaque 350 (100 mL): hepatocellular carcinoma, LR-5 in segment 8, 3.6 cm; within Milan criteria.",
        ("Omnipaque 350", "100 mL", "LR-5", "segment 8", "3.6 cm", "Milan criteria"),
    ),
    (
        "us16",
        "en",
        "Patient age: ⟦AGE:90⟧ | Sex: F | Referring facility: ⟦INSTITUTION:Sunrise of Scottsdale⟧ (assisted living)\n"
        "XR chest 1 view: Kerley B lines, small bilateral effusions, cardiomegaly; Watchman device in the LAA.",
        ("Kerley B lines", "bilateral effusions", "cardiomegaly", "Watchman device", "LAA"),
    ),
    (
        "us17",
        "en",
        "Critical result called to Dr. ⟦PERSON:Ifeoma Nwosu⟧ at ⟦PHONE:312.555.0128⟧ by ⟦PERSON:J. Sorensen⟧, RT, on ⟦DATE:12/05/2025⟧ at 02:40; read back confirmed.\n"
        "FINDINGS: acute left MCA occlusion (M1), ASPECTS 8, hyperdense MCA sign.",
        ("read back confirmed", "MCA occlusion", "M1", "ASPECTS 8", "hyperdense MCA sign"),
    ),
    (
        "us18",
        "en",
        "cc: ⟦PERSON:Leilani Kahananui⟧, PA-C, ⟦INSTITUTION:Windward Orthopedic Group⟧, ⟦ADDRESS:45-480 Kaneohe Bay Dr⟧, ⟦ADDRESS:Kaneohe⟧, HI ⟦ADDRESS:96744⟧\n"
        "Patient: ⟦PERSON:Henrik Aasheim⟧\n"
        "MRI shoulder (PD fs, T1 cor): full-thickness supraspinatus tear, Goutallier 2, Hill-Sachs lesion.",
        ("PD fs", "T1 cor", "supraspinatus tear", "Goutallier 2", "Hill-Sachs lesion"),
    ),
    (
        "us19",
        "en",
        "Patient: ⟦PERSON:Addison, Marlene T.⟧ | DOB ⟦DATE:03/30/1958⟧ | ⟦INSTITUTION:Cedar Ridge Imaging Center⟧, ⟦ADDRESS:Bozeman⟧, MT\n"
        "Hx: Addison's disease on hydrocortisone; left forefoot pain.\n"
        "MRI left forefoot: 9 mm Morton neuroma in the third intermetatarsal space.",
        ("Addison's disease", "hydrocortisone", "9 mm", "Morton neuroma", "third intermetatarsal space"),
    ),
)

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
