# ruff: noqa: E501
"""Held-out 14: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/deid/`), nor its tests, nor
tests/dev14*/, nor bench/, nor scripts/, nor the excerpts of any earlier held-out corpus, nor
docs/deid.md (only held-out 13's module docstring, runner and floor test, and held-out 9's
`build_excerpts` and constants). 100 excerpts, 20 each from DE, AT, CH (German, French, Italian),
UK and US, shaped like real exports in realistic proportions: RIS headers and patient labels,
letters to referrers and to patients, findings and impressions, signatures and cc lines, addenda
and amended reports, tumour boards and MDT lists, phone notes about critical results,
outside-study mentions and image requests, order and request cards, discharge-summary extracts,
HL7 segments and delimited worklist exports, e-mails and portal notices, procedure notes.
PHI in national forms: names of many origins and shapes ("Surname, Firstname", all-caps,
hyphenated, particles, initials, HL7 components, split columns) with and without titles or labels,
relatives, interpreters and staff; facilities with and without keywords, short names and
abbreviations; address blocks; dates (numeric, written, month-year, ISO, HL7, weekday-led);
phones, extensions, bleeps, pagers; IDs (PID, Fallnr., accession, SVNR, AHV, insurance cards,
NHS/CHI, GMC, MRN, MBI, NPI, SSN, prior-auth numbers); e-mails; URLs; ages over 89.
Keep-terms as hard: eponyms that are surnames (some in the same excerpt as a person of that
surname), anatomy, drugs and contrast agents, devices, scanner models, sequences, scores and
classifications (place-named ones too), capitalised German nouns, image references, vertebral
levels, young ages, bare years.

Markup, labels and span conventions are held-out 11's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, weekdays only where outside a date, ages under 90, bare years, legal-form
suffixes and generic department names outside the spans; for ages over 89 only the number, for
extensions only the digits); ids start with the country code.

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import Excerpt, build_excerpts

_RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de01",
        "de",
        "RIS-Export Radiologie\nPatient: ⟦PERSON:Wendler, Annegret⟧  geb. ⟦DATE:14.03.1957⟧  PID ⟦ID:7730412⟧\nAcc.-Nr.: ⟦ID:RAD-25-118734⟧  Zuweiser: Dr. med. ⟦PERSON:Tobias Kranich⟧, ⟦INSTITUTION:Orthopädie am Marktplatz⟧\nMRT LWS nativ, Siemens Magnetom Vida 3T, T2 TSE sagittal.\nBandscheibenprotrusion LWK 4/5 mit Kontakt zur Wurzel L5 rechts, Modic-Typ-I-Veränderungen. Schmorl-Knötchen Th12.",
        ("Magnetom Vida", "LWK 4/5", "Wurzel L5", "Modic-Typ-I", "Schmorl-Knötchen", "Th12", "T2 TSE"),
    ),
    (
        "de02",
        "de",
        "Sehr geehrte Frau Kollegin ⟦PERSON:Oberhauser⟧,\nwir berichten über Ihren Patienten Herrn ⟦PERSON:Mehmet Yıldırım⟧, geb. ⟦DATE:02.11.1968⟧, wohnhaft ⟦ADDRESS:Kastanienweg 14, 44137 Dortmund⟧, der sich am ⟦DATE:18. Februar 2025⟧ in unserer Ambulanz vorstellte.\nCT Thorax mit KM (Imeron 350): Rundherd im Segment 6 rechts, 9 mm, Fleischner-Kriterien angewendet. Keine Kerley-B-Linien.\nMit freundlichen Grüßen\nPD Dr. ⟦PERSON:Carolin Ast-Bröhl⟧\nOberärztin, ⟦INSTITUTION:Klinikum Westfalen-Mitte⟧",
        ("Imeron 350", "Segment 6", "Fleischner-Kriterien", "Kerley-B-Linien", "Rundherd"),
    ),
    (
        "de03",
        "de",
        "Befund: Im Vergleich zur Voruntersuchung vom ⟦DATE:07.08.2023⟧ (auswärts, ⟦INSTITUTION:Radiologische Gemeinschaftspraxis Lindenhof⟧) größenkonstante Baker-Zyste. Meniskusläsion Innenmeniskus-Hinterhorn Grad III nach Stoller. Hoffa-Fettkörper ödematös.\nBeurteilung: Kein Anhalt für Osgood-Schlatter. Der 16-jährige Patient sollte orthopädisch vorgestellt werden.",
        ("Baker-Zyste", "Innenmeniskus-Hinterhorn", "Stoller", "Hoffa-Fettkörper", "Osgood-Schlatter", "16-jährige"),
    ),
    (
        "de04",
        "de",
        "Telefonnotiz ⟦DATE:21.01.2025⟧, 14:35 Uhr: Kritischer Befund (Lungenembolie, Segmentarterien Unterlappen bds.) telefonisch an Stationsarzt ⟦PERSON:Jannik Pohlmann⟧, Station 4B, Tel. ⟦PHONE:0221 478-33120⟧, übermittelt. Rückruf über Funk ⟦PHONE:4417⟧. Patientin ⟦PERSON:Liesel Gruber-Hahn⟧, ⟦AGE:92⟧ J.",
        ("Lungenembolie", "Segmentarterien", "Unterlappen", "Station 4B"),
    ),
    (
        "de05",
        "de",
        "Tumorboard Thorax ⟦INSTITUTION:UKE⟧ vom ⟦DATE:03.04.2025⟧\nPat.: ⟦PERSON:Kowalczyk, Zbigniew⟧, * ⟦DATE:19.07.1961⟧, Fallnr. ⟦ID:25-0184421⟧\nAnwesend: Prof. ⟦PERSON:Heinrich⟧(Pneumologie), Dr. ⟦PERSON:Sung-Min Park⟧ (Radiologie), Dr. ⟦PERSON:Amira Haddad⟧ (Strahlentherapie)\nPET-CT: Pancoast-Tumor rechts, cT3 cN1 cM0, Horner-Syndrom klinisch. Empfehlung: neoadjuvante Radiochemotherapie mit Cisplatin.\nProtokoll: ⟦PERSON:Svenja Holtkamp⟧, ⟦EMAIL:tumorboard-thorax@klinikverbund-nord.de⟧",
        ("Pancoast-Tumor", "cT3 cN1 cM0", "Horner-Syndrom", "Cisplatin", "PET-CT"),
    ),
    (
        "de06",
        "de",
        "Nachtrag vom ⟦DATE:12.05.2025⟧: Nach Rücksprache mit Herrn Dr. ⟦PERSON:Brzezinski⟧ (⟦INSTITUTION:Gefäßzentrum Rhein-Ruhr⟧) wird die Stenose der A. carotis interna links nach NASCET auf 70 % korrigiert. Circulus Willisii vollständig.\ngez. ⟦PERSON:M. Tiedemann⟧",
        ("A. carotis interna", "NASCET", "Circulus Willisii", "Stenose"),
    ),
    (
        "de07",
        "de",
        "HL7-Export\nPID|1||⟦ID:0049912877⟧^^^KHN||⟦PERSON:Schubert^Hannelore^Marie⟧||⟦DATE:19440922⟧|F|||⟦ADDRESS:Am Lindenhügel 3^^Görlitz^^02826⟧||⟦PHONE:03581 47-2290⟧\nOBR|1|⟦ID:ACC55810291⟧||CT Abdomen^Kontrast|||⟦DATE:20250314⟧|0812\nOBX|1|TX|||Nierenstein im Nierenbecken links 6 mm, Hounsfield 1100 HE. Kein Aufstau.",
        ("Nierenstein", "Nierenbecken", "Hounsfield", "CT Abdomen"),
    ),
    (
        "de08",
        "de",
        "Entlassbrief (Auszug)\nFrau ⟦PERSON:Dragana Petrović⟧, ⟦AGE:94⟧ Jahre, wurde vom ⟦DATE:02.03.2025⟧ bis ⟦DATE:11.03.2025⟧ auf unserer geriatrischen Station behandelt. Angehörige: Sohn ⟦PERSON:Nikola Petrović⟧, Tel. ⟦PHONE:0176 55 20 31 87⟧.\nBildgebung: Röntgen Becken: Schenkelhalsfraktur links Garden IV. Versorgung mit Duokopfprothese. Marcumar pausiert.\nHausarzt: Dr. ⟦PERSON:Elke Sommerfeld⟧, ⟦ADDRESS:Bahnhofstr. 27, 09111 Chemnitz⟧",
        ("Schenkelhalsfraktur", "Garden IV", "Duokopfprothese", "Marcumar", "Röntgen Becken"),
    ),
    (
        "de09",
        "de",
        "Von: ⟦EMAIL:t.rasmussen@radiologie-nordufer.de⟧\nAn: Sekretariat Neuroradiologie\nBetreff: Zweitmeinung ⟦PERSON:Tran Thi Hoa⟧\nHallo zusammen, bitte die MRT-Bilder vom ⟦DATE:9.1.25⟧ (Serie 7, Bild 112-118) zur Befundung ins PACS übernehmen. Verdacht auf Chiari-Malformation Typ I, Tonsillentiefstand 7 mm. Gruß ⟦PERSON:Thore Rasmussen⟧",
        ("Chiari-Malformation", "Serie 7, Bild 112-118", "PACS", "Tonsillentiefstand"),
    ),
    (
        "de10",
        "de",
        "Anforderung Radiologie\nStation: Kardiologie 2\nPatient: ⟦PERSON:Ferhat Aksoy⟧, Geb.-Dat. ⟦DATE:30.06.1979⟧, Versichertennr. ⟦ID:K482093716⟧\nKasse: ⟦INSTITUTION:AOK Niedersachsen⟧\nFragestellung: Aortendissektion? Stanford A ausschließen. Kreatinin 1,1 mg/dl. Allergie: Jod-KM? Rückfragen Dr. ⟦PERSON:Uhlig⟧, Piepser ⟦PHONE:6612⟧.",
        ("Aortendissektion", "Stanford A", "Kreatinin", "Kardiologie 2"),
    ),
    (
        "de11",
        "de",
        "Befundbericht CT Schädel nativ, ⟦DATE:Mittwoch, 16.04.2025⟧\nFrühe Infarktzeichen im Mediastromgebiet rechts, ASPECTS 8. Hyperdenses Mediazeichen. Keine Blutung. Ventrikelsystem normal weit, Fazekas 1.\nDr. med. ⟦PERSON:Jelena Marković⟧, Fachärztin für Radiologie, ⟦INSTITUTION:Klinikum Sankt Georg Leipzig⟧, Tel. ⟦PHONE:0341 909-2415⟧",
        ("ASPECTS 8", "Hyperdenses Mediazeichen", "Fazekas 1", "Mediastromgebiet"),
    ),
    (
        "de12",
        "de",
        "Pat.-Nr. ⟦ID:11840327⟧ | ⟦PERSON:Hülsmann, Bernd-Ulrich⟧ | m | ⟦DATE:05/1950⟧\nMammographie? nein. Sonographie Abdomen: Leber mit Glisson-Kapsel glatt, Gallenblase mit Konkrement, Courvoisier-Zeichen negativ. Morison-Pouch frei. Milz 11 cm.\nVorbefund aus ⟦INSTITUTION:Praxis Dr. Weinhold⟧ liegt vor.",
        ("Glisson-Kapsel", "Courvoisier-Zeichen", "Morison-Pouch", "Gallenblase", "Konkrement"),
    ),
    (
        "de13",
        "de",
        "Die Patientin, Frau ⟦PERSON:Sabine Addison-Kühl⟧, 58 Jahre, stellt sich zur Verlaufskontrolle vor. Bekannter Morbus Addison unter Hydrocortison. CT Nebennieren: beidseits atrophe Nebennieren, kein Adenom. Dichte 8 HE.\nKontakt: Ehemann ⟦PERSON:Gerd Kühl⟧, ⟦PHONE:+49 (0)711 8834 229⟧.",
        ("Morbus Addison", "Hydrocortison", "Nebennieren", "58 Jahre"),
    ),
    (
        "de14",
        "de",
        "Konsil Unfallchirurgie ⟦DATE:25.02.2025⟧\nName: ⟦PERSON:Olszewski, Marta⟧ ✱ ⟦DATE:12.12.1988⟧ Aufn.-Nr. ⟦ID:A2025-004471⟧\nRöntgen OSG in 2 Ebenen: Außenknöchelfraktur Typ Weber B, Syndesmose intakt. Kein Anhalt für Maisonneuve-Fraktur. Lisfranc-Gelenk regelrecht.\nBehandelnder Arzt: Dr. ⟦PERSON:Kai-Uwe Brandes⟧",
        ("Weber B", "Syndesmose", "Maisonneuve-Fraktur", "Lisfranc-Gelenk", "OSG"),
    ),
    (
        "de15",
        "de",
        "Externer Befund zur Kenntnis: MRT Kopf vom ⟦DATE:08/2024⟧ aus ⟦INSTITUTION:Radiologie Elbvororte⟧, Befunder Dr. ⟦PERSON:Okonkwo⟧. Dort beschrieben: Vestibularisschwannom links, Koos II. Aktuell: Größenprogredienz auf 14 mm. Empfehlung: Vorstellung im ⟦INSTITUTION:Schädelbasiszentrum Hamburg-Nord⟧.",
        ("Vestibularisschwannom", "Koos II", "Größenprogredienz", "MRT Kopf"),
    ),
    (
        "de16",
        "de",
        "Sehr geehrter Herr ⟦PERSON:Wolfram Keil⟧,\nleider müssen wir Ihren Termin am ⟦DATE:Montag, dem 7. Juli 2025⟧ verschieben. Neuer Termin: ⟦DATE:14.07.2025⟧, 10:20 Uhr, Standort ⟦ADDRESS:Gutenbergplatz 5, 55116 Mainz⟧. Bei Fragen: ⟦PHONE:06131 17-4402⟧ oder ⟦EMAIL:termine@diagnostikum-mainz.de⟧.\nIhre Auftragsnummer: ⟦ID:TM-250707-118⟧.\nMit besten Grüßen, Ihr Terminmanagement",
        ("Standort", "Termin"),
    ),
    (
        "de17",
        "de",
        "Befund: Keilwirbel BWK 11 mit Höhenminderung ca. 30 %, Genant Grad 2. Sattelnase nicht beurteilbar. Kamm der Spina iliaca unauffällig. Baastrup-Phänomen L3/L4. Zustand nach Kyphoplastie BWK 12 (2019).\nDiktiert: ⟦PERSON:Natalia Wojcik⟧, geschrieben: ⟦PERSON:ak⟧, freigegeben ⟦DATE:03.06.2025⟧",
        ("Keilwirbel", "BWK 11", "Genant Grad 2", "Baastrup-Phänomen", "L3/L4", "Kyphoplastie", "2019"),
    ),
    (
        "de18",
        "de",
        "Patientenetikett: ⟦PERSON:Scholz-Amadi, Chinedu⟧ | ⟦DATE:23.04.2001⟧ | FID ⟦ID:900155721⟧ | ⟦INSTITUTION:Charité CVK⟧ Station 33i\nThorax a.p. liegend: ZVK über V. jugularis interna rechts, Spitze in Projektion auf die V. cava superior. Tubus 4 cm oberhalb der Carina. Kein Pneumothorax.\nAngehörige: Ehefrau ⟦PERSON:Adaeze Scholz⟧, ⟦PHONE:030 8445 1290⟧",
        ("V. jugularis interna", "V. cava superior", "Carina", "Pneumothorax", "ZVK"),
    ),
    (
        "de19",
        "de",
        "Kurzbericht für die MDT Urologie: Patient ⟦PERSON:Lutz Dombrowski⟧, Jg. 1957, Fall ⟦ID:F-3310948⟧. mpMRT Prostata: PI-RADS 5 Läsion in der peripheren Zone links apikal, Kapselkontakt. Gleason 4+3 in der Biopsie. Ansprechpartnerin: Dr. ⟦PERSON:Inés Carvalho⟧, ⟦EMAIL:i.carvalho@uro-campus.de⟧.",
        ("PI-RADS 5", "periphere", "Gleason 4+3", "mpMRT Prostata"),
    ),
    (
        "de20",
        "de",
        "Portal-Freigabe: Ihr Befund ist abrufbar unter ⟦URL:https://befundportal.radiologie-kö.de/p/8KQ2ZX⟧ (PIN per SMS an ⟦PHONE:0152 2849 1170⟧). Untersuchung: Knochenszintigraphie mit Tc-99m-DPD, ⟦DATE:2. Mai 2025⟧. Patient: ⟦PERSON:Ruth Engel⟧. Mehranreicherung im Bereich des Sternums, DD Tietze-Syndrom.",
        ("Tc-99m-DPD", "Knochenszintigraphie", "Tietze-Syndrom", "Sternums"),
    ),
    (
        "at01",
        "de",
        "Befund-Nr. ⟦ID:RZ-2025-044812⟧ | Patientin: ⟦PERSON:Eder, Theresia⟧ | SVNR ⟦ID:2847 110352⟧ | geb. ⟦DATE:11.03.1952⟧\nZuweisung: Dr. ⟦PERSON:Florian Hinterleitner⟧, Allgemeinmedizin, ⟦ADDRESS:Hauptplatz 8, 8010 Graz⟧\nMammographie bds. und Sonographie: BI-RADS 2, ACR-Dichte B. Kein Herdbefund.",
        ("BI-RADS 2", "ACR-Dichte B", "Herdbefund", "Mammographie"),
    ),
    (
        "at02",
        "de",
        "⟦INSTITUTION:AKH Wien⟧, Universitätsklinik für Radiologie und Nuklearmedizin\nSehr geehrter Herr Kollege ⟦PERSON:Šimunović⟧,\nbei Ihrer Patientin Frau ⟦PERSON:Gülsüm Demirtaş⟧, geb. ⟦DATE:04.09.1973⟧, zeigt die MRT des Beckens vom ⟦DATE:22. Jänner 2025⟧ ein Zervixkarzinom FIGO IIB mit Parametrieninfiltration. Douglas-Raum frei.\nOA Dr. ⟦PERSON:Leopold Strasser-Voigt⟧, Tel. ⟦PHONE:+43 1 40400-48120⟧",
        ("Zervixkarzinom", "FIGO IIB", "Parametrieninfiltration", "Douglas-Raum"),
    ),
    (
        "at03",
        "de",
        "Telefonat am ⟦DATE:5.3.2025⟧: Rückruf von Herrn ⟦PERSON:Pichler⟧ (Sohn der Patientin ⟦PERSON:Aloisia Pichler⟧, ⟦AGE:96⟧ a), Tel. ⟦PHONE:0664 381 22 07⟧. Frage nach Ergebnis der CT-Angiographie: Verschluss der A. femoralis superficialis rechts, Rutherford 3. Weiterleitung an Gefäßambulanz, Kl. ⟦PHONE:3344⟧.",
        ("CT-Angiographie", "A. femoralis superficialis", "Rutherford 3", "Gefäßambulanz"),
    ),
    (
        "at04",
        "de",
        "Vorbefund: Sonographie Schilddrüse ⟦DATE:04/2023⟧, ⟦INSTITUTION:Ordination Dr. Mayrhofer, Kufstein⟧. Hashimoto-Thyreoiditis, TI-RADS 3 Knoten rechts 12 mm. Aktuell: Knoten unverändert. Keine Kontrolle vor 2026 erforderlich.\nBefundet: Mag. Dr. ⟦PERSON:Clemens Aigner⟧ ... freigegeben ⟦DATE:17.06.2025⟧",
        ("Hashimoto-Thyreoiditis", "TI-RADS 3", "Knoten", "2026"),
    ),
    (
        "at05",
        "de",
        "Tumorboard GI ⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧ ⟦DATE:12.02.2025⟧\n1) ⟦PERSON:Ranftl, Johann⟧ (*⟦DATE:01.01.1949⟧) – Klatskin-Tumor Bismuth-Corlette IIIa, Gallengangsdrainage liegt. Empfehlung: Resektabilität chirurgisch prüfen.\n2) ⟦PERSON:Berisha, Fatmire⟧ (*⟦DATE:18.08.1980⟧) – Morbus Crohn, Fistel nach Parks transsphinktär. MRT-Kontrolle in 3 Monaten.",
        ("Klatskin-Tumor", "Bismuth-Corlette IIIa", "Morbus Crohn", "Parks", "transsphinktär"),
    ),
    (
        "at06",
        "de",
        "ELGA-Dokument\nPatient: ⟦PERSON:Nguyen Van Long⟧ SVNR ⟦ID:5519 240688⟧ Adresse: ⟦ADDRESS:Wiedner Hauptstraße 61/2/14, 1040 Wien⟧\nUntersuchung: CT Thorax Low-Dose, Philips IQon Spectral CT. Lungenrundherd im Oberlappen links 5 mm, Lung-RADS 2. Emphysem centrilobulär.\nZuweiser: ⟦INSTITUTION:Gruppenpraxis Lungenfachärzte Mariahilf⟧, ⟦PHONE:01 597 33 40⟧",
        ("Philips IQon", "Lung-RADS 2", "Oberlappen", "Emphysem", "Low-Dose"),
    ),
    (
        "at07",
        "de",
        "Arztbrief ⟦INSTITUTION:Barmherzige Brüder Linz⟧, Abteilung für Unfallchirurgie\nHerr ⟦PERSON:Florian Dörfler⟧, 34 J., kam am ⟦DATE:30.04.2025⟧ nach Skiunfall. MRT Knie: Ruptur des vorderen Kreuzbandes, Segond-Fraktur, Bone bruise lateraler Femurkondylus. Empfehlung: Kreuzbandplastik.\nOA Dr. ⟦PERSON:Brigitte Lechner⟧",
        ("Segond-Fraktur", "vorderen Kreuzbandes", "Femurkondylus", "34 J.", "Kreuzbandplastik"),
    ),
    (
        "at08",
        "de",
        "Zuweisung von ⟦INSTITUTION:PVE Donaustadt⟧ – Dr. ⟦PERSON:Yasmin El-Khoury⟧, ⟦PHONE:01 2804 553 - 12⟧, ⟦EMAIL:ordination@pve-donaustadt.at⟧\nPatient: ⟦PERSON:Wimmer, Karl-Heinz⟧, geb. ⟦DATE:27.10.1958⟧\nFragestellung: Rückenschmerzen seit 2022, Spondylodiszitis? MRT LWS mit Gadovist: Modic-Typ-I, keine Abszedierung.",
        ("Gadovist", "Spondylodiszitis", "Modic-Typ-I", "2022", "MRT LWS"),
    ),
    (
        "at09",
        "de",
        "Addendum ⟦DATE:08.05.2025⟧: Nach Durchsicht der Aufnahmen aus dem ⟦INSTITUTION:Krankenhaus der Elisabethinen⟧ (Aufnahmedatum ⟦DATE:3.5.2025⟧, Zahl ⟦ID:EL-773019⟧) zeigt sich die Perthes-Läsion vorbestehend. Hill-Sachs-Delle unverändert.\nDr. ⟦PERSON:Vesna Kranjc⟧",
        ("Perthes-Läsion", "Hill-Sachs-Delle", "Aufnahmen", "Addendum"),
    ),
    (
        "at10",
        "de",
        "Kurzbefund Röntgen Hand rechts d.p./schräg: Distale Radiusfraktur (Colles-Typ), Frykman III. Scaphoid intakt, kein Anhalt für Kienböck. Patientin ⟦PERSON:Hermine Fasching⟧, ⟦AGE:91⟧-jährig, aus dem ⟦INSTITUTION:Pflegewohnhaus Liesing⟧. Ansprechperson: Tochter ⟦PERSON:Renate Sturm⟧, ⟦PHONE:+43 676 551 2908⟧.",
        ("Colles-Typ", "Frykman III", "Scaphoid", "Kienböck", "Distale Radiusfraktur"),
    ),
    (
        "at11",
        "de",
        "Von: Sekretariat Radiologie <⟦EMAIL:radiologie.sekretariat@kh-hietzing.at⟧>\nGesendet: ⟦DATE:Dienstag, 18. März 2025⟧ 09:14\nBetreff: Befund ⟦PERSON:Mustafić Adnan⟧\nAnbei der Befund der Kontrastmittel-Sonographie (SonoVue): Leberläsion Segment IVb, frühe arterielle Anflutung, LI-RADS 4. Mit freundlichen Grüßen ⟦PERSON:Claudia Pfeifer⟧",
        ("SonoVue", "Segment IVb", "LI-RADS 4", "Kontrastmittel-Sonographie"),
    ),
    (
        "at12",
        "de",
        "PatNr | Name | Geb.Datum | Untersuchung | Datum\n⟦ID:40023918⟧ | ⟦PERSON:Hofbauer Anna-Lena⟧ | ⟦DATE:15.07.1996⟧ | MRT Becken | ⟦DATE:03.03.2025⟧\n⟦ID:40023977⟧ | ⟦PERSON:Karadžić Milorad⟧ | ⟦DATE:21.11.1941⟧ | CT Abdomen | ⟦DATE:03.03.2025⟧\n⟦ID:40024105⟧ | ⟦PERSON:Öztürk Elif⟧ | ⟦DATE:30.12.1999⟧ | Sonographie | ⟦DATE:04.03.2025⟧\nBemerkung: Protokoll Endometriose, Sequenzen T2 sagittal, T1 fs.",
        ("MRT Becken", "Endometriose", "T1 fs", "Protokoll"),
    ),
    (
        "at13",
        "de",
        "Operationsbericht-Auszug Interventionelle Radiologie ⟦INSTITUTION:Klinik Ottakring⟧: TIPS-Anlage mit Viatorr-Stentgraft 10 mm, Portosystemischer Gradient von 18 auf 7 mmHg. Budd-Chiari ausgeschlossen. Operateur: Univ.-Doz. Dr. ⟦PERSON:Bernhard Kogler⟧, Assistenz Dr. ⟦PERSON:Ioana Popescu⟧.",
        ("Viatorr", "TIPS-Anlage", "Budd-Chiari", "Portosystemischer Gradient"),
    ),
    (
        "at14",
        "de",
        "Sehr geehrte Damen und Herren,\nbitte um Übermittlung der CT-Bilder von Frau ⟦PERSON:Irmgard Wallner⟧, geb. ⟦DATE:9. September 1955⟧, untersucht am ⟦DATE:14.01.2025⟧ in Ihrem Institut. Rückmeldung an ⟦INSTITUTION:Diagnosezentrum Meidling⟧, ⟦ADDRESS:Meidlinger Hauptstraße 2, 1120 Wien⟧, Fax ⟦PHONE:01 813 77 90-99⟧.\nDanke, ⟦PERSON:Sandra Köck⟧, MTRA",
        ("CT-Bilder", "Institut", "MTRA"),
    ),
    (
        "at15",
        "de",
        "Befund: Wirbelsäule in der Übersicht mit Forestier-Erkrankung (DISH), Spangenbildung HWK 4 bis HWK 7. Scheuermann-Residuen thorakal. Die 24-jährige Tochter ist nicht untersucht.\nPat. ⟦PERSON:Ferdinand Scheuermann⟧, Geb. ⟦DATE:12.2.1947⟧.",
        ("Forestier-Erkrankung", "DISH", "HWK 4", "HWK 7", "Scheuermann-Residuen", "24-jährige"),
    ),
    (
        "at16",
        "de",
        "Anmeldung Nuklearmedizin: ⟦PERSON:Bauer, Lukas⟧ (Kind), ⟦DATE:22.06.2015⟧, Mutter: ⟦PERSON:Sophie Bauer⟧, ⟦PHONE:0699 1723 4410⟧. Fragestellung: Meckel-Divertikel? Szintigraphie mit Tc-99m-Pertechnetat. Gewicht 28 kg. Zuweiser: ⟦INSTITUTION:Kinder-Primärversorgung Favoriten⟧.",
        ("Meckel-Divertikel", "Tc-99m-Pertechnetat", "Szintigraphie", "28 kg"),
    ),
    (
        "at17",
        "de",
        "Verlaufsbericht: Bekannte Sudeck-Dystrophie (CRPS I) rechte Hand. Skelettszintigraphie 3-Phasen: Mehranreicherung periartikulär. Im Vergleich zu 2023 rückläufig. Pat.: Ing. ⟦PERSON:Grabner, Martin⟧, SVNR ⟦ID:6614 030471⟧.",
        ("Sudeck-Dystrophie", "CRPS I", "Skelettszintigraphie", "periartikulär", "2023"),
    ),
    (
        "at18",
        "de",
        "CC: ⟦INSTITUTION:Ordensklinikum Linz Barmherzige Schwestern⟧; Dr. ⟦PERSON:Harald Zöchling⟧, ⟦ADDRESS:Landstraße 44, 4020 Linz⟧; Patient\nZusammenfassung: Glioblastom, IDH-Wildtyp, nach Stupp-Schema. MRT mit Perfusion: rCBV erhöht, RANO Progress. Meyer-Schleife links tangiert.",
        ("Glioblastom", "IDH-Wildtyp", "Stupp-Schema", "rCBV", "RANO", "Meyer-Schleife"),
    ),
    (
        "at19",
        "de",
        "Aufnahmebefund ⟦DATE:01.07.2025⟧ – Herr ⟦PERSON:Ahmad Rahimi⟧, geb. ⟦DATE:1.1.1990⟧ (Datum geschätzt), Dolmetscherin Frau ⟦PERSON:Parisa Hosseini⟧ anwesend. Röntgen Thorax p.a.: Kavernöse Läsion Oberlappen rechts, DD Tuberkulose. Ghon-Komplex nicht abgrenzbar.",
        ("Röntgen Thorax", "Kavernöse Läsion", "Tuberkulose", "Ghon-Komplex"),
    ),
    (
        "at20",
        "de",
        "Befundabfrage online: ⟦URL:www.mein-befund.at/zugang?code=KX72PQ⟧ – gültig bis ⟦DATE:31.08.2025⟧. Bei Problemen ⟦PHONE:05 0766-2211⟧ (Mo-Fr). Untersuchung: Sonographie Hals, Lymphknoten Level II rechts 14 mm, Hilus erhalten, Virchow-Drüse unauffällig.",
        ("Sonographie Hals", "Level II", "Hilus", "Virchow-Drüse"),
    ),
    (
        "ch01",
        "de",
        "⟦INSTITUTION:USZ⟧ Institut für Diagnostische und Interventionelle Radiologie\nPatient: ⟦PERSON:Brunner, Reto⟧ | geb. ⟦DATE:17.05.1964⟧ | PID ⟦ID:30418872⟧ | AHV ⟦ID:756.4021.8833.07⟧\nCT Abdomen: Appendizitis mit Appendikolith, Alvarado nicht anwendbar. McBurney-Punkt druckdolent laut Zuweisung.\nDr. med. ⟦PERSON:Seraina Caduff⟧, Oberärztin",
        ("Appendizitis", "Appendikolith", "Alvarado", "McBurney-Punkt", "CT Abdomen"),
    ),
    (
        "ch02",
        "de",
        "Sehr geehrte Frau Dr. ⟦PERSON:Zürcher⟧\nWir danken für die Zuweisung von Herrn ⟦PERSON:Besim Krasniqi⟧, geb. ⟦DATE:02.02.1985⟧, ⟦ADDRESS:Rütistrasse 12, 8952 Schlieren⟧. MRI Schulter rechts vom ⟦DATE:19.3.2025⟧: Bankart-Läsion, Hill-Sachs-Impression, Rotatorenmanschette intakt.\nFreundliche Grüsse\nDr. med. ⟦PERSON:Urs Giger⟧",
        ("Bankart-Läsion", "Hill-Sachs-Impression", "Rotatorenmanschette", "MRI Schulter"),
    ),
    (
        "ch03",
        "de",
        "Telefonnotiz: Am ⟦DATE:04.06.2025⟧ um 16:05 Dr. ⟦PERSON:Meier-Hasler⟧ vom ⟦INSTITUTION:Kantonsspital Baselland⟧, Tel. ⟦PHONE:061 925 20 20⟧, intern ⟦PHONE:4 22 31⟧, über die Subarachnoidalblutung Fisher 3 informiert. Aneurysma der A. communicans anterior, 6 mm. Pat. ⟦PERSON:Verena Imboden⟧, ⟦AGE:90⟧-jährig.",
        ("Subarachnoidalblutung", "Fisher 3", "A. communicans anterior", "Aneurysma"),
    ),
    (
        "ch04",
        "de",
        "Tumorboard ⟦INSTITUTION:KSW⟧ ⟦DATE:10.04.2025⟧\nPatientin ⟦PERSON:Stojković, Jovana⟧, ⟦DATE:08.08.1970⟧, Fall-Nr. ⟦ID:2025-33918-7⟧\nBefund: Mammakarzinom rechts, Mammographie BI-RADS 5, MRI: multizentrisch. Axilla Level I positiv. Empfehlung: Neoadjuvante Chemotherapie, Clip-Markierung.\nVorstellende: Dr. ⟦PERSON:Anouk Ritter⟧",
        ("Mammakarzinom", "BI-RADS 5", "multizentrisch", "Axilla Level I", "Clip-Markierung"),
    ),
    (
        "ch05",
        "de",
        "Verlaufsbericht MR Knie links (Siemens Skyra 3T, PD fs): Osteochondrosis dissecans medialer Femurkondylus, Stadium II nach ICRS. Hoffa unauffällig. Der 13-jährige Patient ⟦PERSON:Noah Kälin⟧ spielt Fussball. Mutter: ⟦PERSON:Corinne Kälin-Wyss⟧, ⟦PHONE:079 412 88 35⟧.",
        ("Siemens Skyra", "PD fs", "Osteochondrosis dissecans", "ICRS", "13-jährige", "Hoffa"),
    ),
    (
        "ch06",
        "de",
        "Bericht an: ⟦INSTITUTION:Hausarztpraxis Seefeld⟧, Dr. ⟦PERSON:Matthias Sigrist⟧, ⟦ADDRESS:Seefeldstrasse 142, 8008 Zürich⟧, ⟦EMAIL:praxis@hausarzt-seefeld.ch⟧, GLN ⟦ID:7601000234512⟧\nPat.: ⟦PERSON:Arbenita Gashi⟧\nRöntgen Fuss: Hallux valgus, Intermetatarsalwinkel 15°. Morton-Neurom im MRI nicht nachweisbar. Haglund-Exostose links.",
        ("Hallux valgus", "Intermetatarsalwinkel", "Morton-Neurom", "Haglund-Exostose"),
    ),
    (
        "ch07",
        "de",
        "Nachtrag (⟦DATE:22.05.2025⟧): Vergleich mit Voraufnahmen ⟦INSTITUTION:Hirslanden Klinik Beau-Site⟧ vom ⟦DATE:11/2024⟧ ergänzt: Lungenrundherd stationär, Solid 6 mm, Fleischner: keine Kontrolle. Visiert PD Dr. ⟦PERSON:Gian-Andrea Casanova⟧",
        ("Lungenrundherd", "stationär", "Fleischner", "Voraufnahmen"),
    ),
    (
        "ch08",
        "fr",
        "⟦INSTITUTION:CHUV⟧ – Service de radiodiagnostic et radiologie interventionnelle\nPatiente: Mme ⟦PERSON:Élodie Dupraz⟧, née le ⟦DATE:23.01.1959⟧, n° patient ⟦ID:1928374⟧, ⟦ADDRESS:Chemin des Vignes 7, 1009 Pully⟧\nIRM cérébrale: lésions de la substance blanche, Fazekas 2, une lésion juxtacorticale. Critères de McDonald non remplis.\nDr ⟦PERSON:Lucien Berthoud⟧, chef de clinique",
        ("IRM cérébrale", "substance blanche", "Fazekas 2", "juxtacorticale", "McDonald"),
    ),
    (
        "ch09",
        "fr",
        "Chère Consœur, cher Confrère,\nNous avons vu le ⟦DATE:12 mars 2025⟧ M. ⟦PERSON:Karim Benslimane⟧, 47 ans, adressé par le Dr ⟦PERSON:Aebischer⟧ (cabinet ⟦INSTITUTION:Médecins du Lac⟧, ⟦ADDRESS:Avenue de la Gare 11, 1003 Lausanne⟧). Scanner thoracique: embolie pulmonaire segmentaire, indice de Qanadli 20 %. Rapport VD/VG 0,9.\nMeilleures salutations, Dre ⟦PERSON:Nathalie Rochat-Favre⟧",
        ("embolie pulmonaire", "Qanadli", "VD/VG", "Scanner thoracique", "47 ans"),
    ),
    (
        "ch10",
        "fr",
        "Note téléphonique du ⟦DATE:02/06/2025⟧: résultat critique (pneumothorax sous tension) communiqué à Dr ⟦PERSON:Thibault Mercier⟧, ⟦INSTITUTION:HUG⟧ urgences, tél. ⟦PHONE:022 372 33 11⟧, bip ⟦PHONE:78 412⟧. Patient ⟦PERSON:Ousmane Diallo⟧, n° séjour ⟦ID:HUG-25-0078123⟧.",
        ("pneumothorax sous tension", "urgences", "résultat critique"),
    ),
    (
        "ch11",
        "fr",
        "Compte rendu – Radiographie du bassin: coxarthrose bilatérale, Kellgren-Lawrence 3 à droite. Ostéonécrose de la tête fémorale Ficat II à gauche. Patiente ⟦PERSON:Jeanne-Marie Rossier⟧, ⟦AGE:93⟧ ans, résidant à l'⟦INSTITUTION:EMS Les Tilleuls⟧, ⟦ADDRESS:Route de Berne 21, 1700 Fribourg⟧.",
        ("coxarthrose", "Kellgren-Lawrence 3", "Ficat II", "tête fémorale"),
    ),
    (
        "ch12",
        "fr",
        "De: ⟦EMAIL:secretariat.radiologie@hopital-riviera.ch⟧\nObjet: Demande d'images antérieures – ⟦PERSON:Gomes da Silva, Rui⟧\nBonjour, merci de nous transmettre le CT abdominal du ⟦DATE:14 février 2025⟧ réalisé chez vous (n° d'examen ⟦ID:RIV-776512⟧). Suspicion de hernie de Spiegel. Cordialement, ⟦PERSON:Fanny Chappuis⟧",
        ("CT abdominal", "hernie de Spiegel", "images antérieures"),
    ),
    (
        "ch13",
        "fr",
        "Colloque oncologique ⟦INSTITUTION:Réseau Hospitalier Neuchâtelois⟧ du ⟦DATE:08.05.2025⟧: Mme ⟦PERSON:Lina Haddadi⟧, née ⟦DATE:1988-04-19⟧. Lymphome de Hodgkin stade IIA selon Ann Arbor, Lugano: réponse métabolique complète, Deauville 2 au PET-CT. Prochain contrôle en 2026.",
        ("Lymphome de Hodgkin", "Ann Arbor", "Lugano", "Deauville 2", "PET-CT", "2026"),
    ),
    (
        "ch14",
        "fr",
        "Demande d'examen IRM: Patient ⟦PERSON:Valentin Perrenoud⟧, AVS ⟦ID:756.9345.1102.88⟧, assurance ⟦INSTITUTION:Groupe Mutuel⟧, carte n° ⟦ID:80756000080012345678⟧. Question: rupture du ménisque interne? Lésion de Stener? Pouce droit. Médecin demandeur: Dr ⟦PERSON:Chloé Vuilleumier⟧, ⟦PHONE:+41 32 713 30 00⟧.",
        ("ménisque interne", "Lésion de Stener", "Pouce droit", "IRM"),
    ),
    (
        "ch15",
        "it",
        "⟦INSTITUTION:EOC⟧ – Istituto di Imaging della Svizzera Italiana, sede ⟦INSTITUTION:Ospedale Civico Lugano⟧\nPaziente: ⟦PERSON:Bernasconi, Fiorenza⟧, nata il ⟦DATE:03.07.1948⟧, n. paziente ⟦ID:EOC-5521903⟧\nTC torace: nodulo polmonare del lobo inferiore destro, 8 mm, Lung-RADS 3. Enfisema parasettale.\nDott.ssa ⟦PERSON:Giulia Pedrazzini⟧\nCopia a: Dr. ⟦PERSON:Marco Cattaneo⟧, ⟦INSTITUTION:Studio medico Paradiso⟧, ⟦EMAIL:m.cattaneo@hin.ch⟧",
        ("TC torace", "lobo inferiore destro", "Lung-RADS 3", "Enfisema parasettale"),
    ),
    (
        "ch16",
        "it",
        "Egregio Collega, il Sig. ⟦PERSON:Raffaele Esposito⟧, 61 anni, è stato sottoposto il ⟦DATE:12 aprile 2025⟧ a RM del ginocchio: lesione del legamento crociato anteriore, frattura di Segond. Menisco laterale integro.\nCordiali saluti, Dr. med. ⟦PERSON:Tiziano Lurati⟧, ⟦INSTITUTION:Clinica Sant'Anna⟧, tel. ⟦PHONE:091 985 12 11⟧",
        ("legamento crociato anteriore", "frattura di Segond", "Menisco laterale", "61 anni"),
    ),
    (
        "ch17",
        "it",
        "Nota telefonica (⟦DATE:17.06.2025⟧, ore 08:40): comunicato al Dr. ⟦PERSON:Ferrari⟧ (reparto di medicina, ⟦INSTITUTION:ORBV⟧, interno ⟦PHONE:2214⟧) il riscontro di dissezione aortica tipo B di Stanford. Paziente ⟦PERSON:Ernesta Giudici⟧, ⟦AGE:97⟧ anni.",
        ("dissezione aortica", "tipo B di Stanford", "reparto di medicina"),
    ),
    (
        "ch18",
        "it",
        "Referto Ecografia addominale: fegato steatosico, colecisti con calcoli multipli, segno di Murphy ecografico positivo. Via biliare principale 5 mm. Paziente ⟦PERSON:Chiara Martinoli-Rezzonico⟧, indirizzo ⟦ADDRESS:Via Cantonale 34, 6900 Lugano⟧, ⟦EMAIL:chiara.martinoli@bluewin.ch⟧.",
        ("Ecografia addominale", "colecisti", "segno di Murphy", "Via biliare principale"),
    ),
    (
        "ch19",
        "it",
        "Tumor board ⟦INSTITUTION:IOSI⟧ del ⟦DATE:05.03.2025⟧: ⟦PERSON:Tognola, Sandro⟧ (n. caso ⟦ID:TB-25-0412⟧), adenocarcinoma della testa del pancreas, criteri NCCN borderline resecabile, contatto con vena mesenterica superiore < 180°. Valutazione secondo Whipple. Responsabile: PD Dr. ⟦PERSON:Luca Zanetti⟧.",
        ("adenocarcinoma", "NCCN", "vena mesenterica superiore", "Whipple", "testa del pancreas"),
    ),
    (
        "ch20",
        "de",
        "Export Befundliste\nDatum;Name;Vorname;GebDat;PID;Untersuchung\n⟦DATE:02.06.2025⟧;⟦PERSON:Ammann⟧;⟦PERSON:Lorenz⟧;⟦DATE:14.10.1951⟧;⟦ID:30992011⟧;CT Thorax\n⟦DATE:02.06.2025⟧;⟦PERSON:Rüegg⟧;⟦PERSON:Selina⟧;⟦DATE:09.02.2003⟧;⟦ID:30992048⟧;MR Knie\nLegende: Protokolle gemäss ⟦URL:https://intranet.spital-uster.ch/radiologie/protokolle⟧.",
        ("CT Thorax", "MR Knie", "Legende", "Protokolle"),
    ),
    (
        "uk01",
        "en",
        "RADIOLOGY REPORT\nName: ⟦PERSON:O'SULLIVAN, Siobhan⟧   DOB: ⟦DATE:11/04/1963⟧   NHS No: ⟦ID:943 476 5919⟧   Hosp No: ⟦ID:RX0048812⟧\nExam: CT Chest/Abdomen/Pelvis with contrast (Omnipaque 300)   Date: ⟦DATE:03/02/2025⟧   Referrer: Dr ⟦PERSON:A Chaudhry⟧\nFindings: Hepatic flexure mass with regional nodes. No Virchow node. Segment VII liver lesion 14 mm, indeterminate.",
        ("Omnipaque 300", "Hepatic flexure", "Virchow node", "Segment VII"),
    ),
    (
        "uk02",
        "en",
        "Dear Dr ⟦PERSON:Henderson⟧,\nRe: Mr ⟦PERSON:Callum McAllister⟧, DOB ⟦DATE:6 June 1971⟧, ⟦ADDRESS:14 Braeside Crescent, Paisley PA2 6RT⟧\nThank you for referring this gentleman to the ⟦INSTITUTION:Queen Elizabeth University Hospital⟧. MRI lumbar spine on ⟦DATE:21 January 2025⟧: L4/5 disc extrusion compressing the traversing L5 root. Pfirrmann grade IV.\nYours sincerely,\nDr ⟦PERSON:Eilidh Fraser⟧, Consultant Neuroradiologist, GMC ⟦ID:7044312⟧",
        ("L4/5", "L5 root", "Pfirrmann grade IV", "MRI lumbar spine"),
    ),
    (
        "uk03",
        "en",
        "Telephone note ⟦DATE:14/03/25⟧ 17:20: Urgent finding (free gas under the diaphragm) discussed with surgical SpR Dr ⟦PERSON:Tomasz Nowicki⟧, bleep ⟦PHONE:2231⟧. Patient ⟦PERSON:Ivy Pemberton⟧, aged ⟦AGE:95⟧, ward 7B, ⟦INSTITUTION:Royal Derby⟧. Ward extension ext ⟦PHONE:84412⟧.",
        ("free gas", "diaphragm", "ward 7B", "Urgent finding"),
    ),
    (
        "uk04",
        "en",
        "MDT outcome – Lung, ⟦INSTITUTION:Wythenshawe⟧ ⟦DATE:Thursday 10 April 2025⟧\nPatient: ⟦PERSON:Begum, Rukhsana⟧ | Hosp No ⟦ID:M1209876⟧ | NHS ⟦ID:401 023 2137⟧\nCT: right upper lobe spiculated mass 32 mm, T2a N2 M0 (TNM 8). PET-CT: SUVmax 14. Plan: EBUS, then oncology.\nPresent: Dr ⟦PERSON:Okafor⟧, Dr ⟦PERSON:Whitfield⟧, Mr ⟦PERSON:Rajan Pillai⟧ (thoracic surgery).\nMDT coordinator: ⟦PERSON:Shelley Graham⟧, ⟦PHONE:0161 291 2357⟧, ⟦EMAIL:lung.mdt@wythenshawe-mdt.nhs.uk⟧",
        ("right upper lobe", "T2a N2 M0", "TNM 8", "SUVmax", "EBUS"),
    ),
    (
        "uk05",
        "en",
        "ADDENDUM (⟦DATE:28/05/2025⟧): The outside films from ⟦INSTITUTION:Spire Manchester⟧ (accession ⟦ID:SPM2504471⟧) have been reviewed. The Stener lesion was already present. Gamekeeper's thumb confirmed.\nReported by: Dr ⟦PERSON:Harriet Bamford-Jones⟧, Consultant MSK Radiologist",
        ("Stener lesion", "Gamekeeper's thumb", "outside films"),
    ),
    (
        "uk06",
        "en",
        "X-ray Left Wrist (PA/Lat): Scaphoid waist fracture, Herbert B2. No Kienbock disease. Distal radius intact. 15 year old, school football. Mother (⟦PERSON:Donna Birch⟧) present, contact ⟦PHONE:07700 914 352⟧.\nClinician: ⟦PERSON:J. Moss⟧, ANP, ⟦INSTITUTION:Minor Injuries Unit, Whitby⟧",
        ("Scaphoid waist fracture", "Herbert B2", "Kienbock", "15 year old", "Distal radius"),
    ),
    (
        "uk07",
        "en",
        "From: ⟦EMAIL:radiology.admin@nhs.net⟧\nTo: ⟦EMAIL:gp.surgery.F83021@nhs.net⟧\nSubject: Results – ⟦PERSON:Patel, Dev⟧ CHI ⟦ID:1703791234⟧\nDear colleagues, the CT KUB from ⟦DATE:2nd May⟧ shows a 5 mm left VUJ calculus, no hydronephrosis. Please see ⟦URL:https://nhsggc.scot/results/ref/88124⟧. Kind regards, ⟦PERSON:Morag Sinclair⟧, Radiology Secretary, ⟦PHONE:0141 201 1100⟧.",
        ("CT KUB", "VUJ calculus", "hydronephrosis"),
    ),
    (
        "uk08",
        "en",
        "Discharge summary extract – ⟦INSTITUTION:Ninewells⟧\nMrs ⟦PERSON:Agnes Robertson⟧ (aged ⟦AGE:101⟧), ⟦ADDRESS:Flat 3, 27 Perth Road, Dundee DD1 4HN⟧\nAdmitted ⟦DATE:3/3/2025⟧, discharged ⟦DATE:12/3/2025⟧. CT head: chronic small vessel disease, no bleed. CXR: Kerley B lines, bilateral effusions. Started furosemide.\nNOK: granddaughter ⟦PERSON:Kirsty Robertson⟧, ⟦PHONE:01382 660111⟧.",
        ("small vessel disease", "Kerley B lines", "bilateral effusions", "furosemide", "CXR"),
    ),
    (
        "uk09",
        "en",
        "Outside study: MRI pelvis performed at ⟦INSTITUTION:Alliance Medical Tunbridge Wells⟧ on ⟦DATE:19/11/2024⟧, reported by Dr ⟦PERSON:Hughes⟧. Comparison today: stable fibroid uterus, FIGO type 4 fibroid 42 mm. Pouch of Douglas free. Endometrioma unchanged since 2022.",
        ("FIGO type 4", "Pouch of Douglas", "Endometrioma", "2022", "fibroid uterus"),
    ),
    (
        "uk10",
        "en",
        "Request card: US abdomen\nPatient: Mr ⟦PERSON:Ifeanyi Nwosu⟧ | DOB ⟦DATE:22-08-1988⟧ | MRN ⟦ID:RTH4471983⟧ | ⟦INSTITUTION:John Radcliffe⟧, Ward 5E\nClinical details: deranged LFTs, ?Mirizzi. On co-amoxiclav. Requesting clinician: Dr ⟦PERSON:Ellie Tranter⟧, bleep ⟦PHONE:1408⟧",
        ("US abdomen", "deranged LFTs", "Mirizzi", "co-amoxiclav"),
    ),
    (
        "uk11",
        "en",
        "Letter to patient\nMs ⟦PERSON:Priya Ramanathan⟧\n⟦ADDRESS:22 Albert Road, Southsea, PO5 2SF⟧\nDear Ms ⟦PERSON:Ramanathan⟧, your screening mammogram on ⟦DATE:4 March 2025⟧ at the ⟦INSTITUTION:Portsmouth Breast Screening Unit⟧ was normal (BI-RADS 1). You will be invited again in three years. Queries: ⟦PHONE:023 9228 6000⟧.",
        ("BI-RADS 1", "screening mammogram", "three years"),
    ),
    (
        "uk12",
        "en",
        "Patient: ⟦PERSON:Rhiannon Morgan⟧, ⟦DATE:02/01/1966⟧, NHS ⟦ID:612 884 0917⟧\nCardiac MRI (Siemens Aera 1.5T, LGE PSIR): LVEF 38 %, subendocardial LGE in LAD territory. No Takotsubo pattern. Reported ⟦DATE:16.04.2025⟧ by Dr ⟦PERSON:Gwyneth Rhys-Evans⟧ (⟦INSTITUTION:Morriston⟧). Copy to: Dr ⟦PERSON:Owain Pritchard⟧, ⟦INSTITUTION:Heath Hospital⟧; GP.",
        ("Siemens Aera", "LGE PSIR", "LVEF", "LAD territory", "Takotsubo"),
    ),
    (
        "uk13",
        "en",
        "HL7 ORU^R01\nPID|||⟦ID:K3318872⟧^^^RBH||⟦PERSON:KAUR^Harpreet^^^MRS⟧||⟦DATE:19520713⟧|F|||⟦ADDRESS:9 Elmwood Avenue^^Slough^^SL1 3NT⟧\nOBX|1|TX|||CT colonography: 12 mm sessile polyp sigmoid. C-RADS C2. Ileocaecal valve normal.",
        ("CT colonography", "sessile polyp", "C-RADS C2", "Ileocaecal valve"),
    ),
    (
        "uk14",
        "en",
        "Fracture clinic referral (⟦INSTITUTION:Addenbrooke's⟧): ⟦PERSON:Wiktoria Zielinska⟧, 29F, hosp. no. ⟦ID:A12 345 678⟧. Radiograph: ankle Weber C fracture with medial clear space widening. Maisonneuve suspected – proximal fibula imaged. Contact ⟦EMAIL:w.zielinska84@gmail.com⟧.",
        ("Weber C", "medial clear space", "Maisonneuve", "proximal fibula"),
    ),
    (
        "uk15",
        "en",
        "Paeds MSK: Perthes disease right hip, Catterall III, Herring B. Salter-Harris II fracture of distal tibia excluded. Child ⟦PERSON:Alfie Dawson⟧ (DOB ⟦DATE:05/09/2017⟧), attending with father ⟦PERSON:Lee Dawson⟧. Next review ⟦DATE:June 2025⟧ at ⟦INSTITUTION:Alder Hey⟧.",
        ("Perthes disease", "Catterall III", "Herring B", "Salter-Harris II", "distal tibia"),
    ),
    (
        "uk16",
        "en",
        "Interventional radiology consent note: Procedure: PICC insertion, right basilic vein, 5Fr Power PICC. Interpreter Mr ⟦PERSON:Farhad Ahmadzai⟧ (Dari) present. Patient ⟦PERSON:Zarmina Sultani⟧, DOB ⟦DATE:01.01.1994⟧. Operator: Dr ⟦PERSON:Ben Kingsley-Hart⟧, ⟦INSTITUTION:St George's⟧.",
        ("PICC insertion", "basilic vein", "Power PICC", "5Fr"),
    ),
    (
        "uk17",
        "en",
        "Key images: series 3 image 45; series 601 image 12. Bosniak IIF cyst, left kidney upper pole. Previous CT 2021 at ⟦INSTITUTION:Lister Hospital⟧ (acc ⟦ID:LIS21-998101⟧). Review in 12 months. Dr ⟦PERSON:N. Achterberg⟧ dictated ⟦DATE:30 Apr 2025⟧.",
        ("series 3 image 45", "Bosniak IIF", "upper pole", "2021", "12 months"),
    ),
    (
        "uk18",
        "en",
        "Dear ⟦PERSON:Sandra⟧,\nre ⟦PERSON:Gordon Frazer⟧ ( ⟦DATE:14/10/1939⟧ ), ⟦ADDRESS:3 Smithy Lane, Kendal LA9 4QX⟧. Barium swallow: Zenker diverticulum, 3 cm; Schatzki ring at the GOJ. No Barrett changes visible radiologically. Best wishes, ⟦PERSON:Rob⟧ (Radiology, ext ⟦PHONE:5521⟧)",
        ("Barium swallow", "Zenker diverticulum", "Schatzki ring", "GOJ", "Barrett"),
    ),
    (
        "uk19",
        "en",
        "NHS Wales clinic list ⟦DATE:07/07/2025⟧\n09:00 ⟦PERSON:Llewellyn, Carys⟧ ⟦ID:CRN 5533812⟧ MRI brain – Arnold-Chiari follow-up\n09:30 ⟦PERSON:Ahmed, Yusuf⟧ ⟦ID:CRN 5540021⟧ MRI IAMs – acoustic neuroma\n10:00 ⟦PERSON:Jenkins, Dafydd⟧ ⟦ID:CRN 5547770⟧ MRCP – Caroli disease\n10:30 ⟦PERSON:Mbeki, Thandiwe⟧ ⟦ID:CRN 5551203⟧ MRI knee – ?Osgood-Schlatter\nLocation: ⟦INSTITUTION:Prince Charles Hospital⟧, ⟦ADDRESS:Merthyr Tydfil CF47 9DT⟧",
        ("Arnold-Chiari", "Osgood-Schlatter", "MRI IAMs", "acoustic neuroma", "MRCP", "Caroli disease"),
    ),
    (
        "uk20",
        "en",
        "Report amended ⟦DATE:09/06/2025⟧ 11:02 by Dr ⟦PERSON:Chukwuemeka Eze⟧: laterality corrected to LEFT. Hip: cam morphology, alpha angle 68°, Tönnis grade 1. Original report by Dr ⟦PERSON:Lindqvist⟧. cc ⟦INSTITUTION:Nuffield Health Cambridge⟧; Mr ⟦PERSON:S. Varga⟧, Orthopaedics.",
        ("cam morphology", "alpha angle", "Tönnis grade 1", "LEFT"),
    ),
    (
        "us01",
        "en",
        "DIAGNOSTIC RADIOLOGY REPORT\nPatient: ⟦PERSON:RAMIREZ-OCHOA, Guadalupe⟧  MRN: ⟦ID:004417823⟧  DOB: ⟦DATE:07/19/1958⟧  Acct: ⟦ID:HAR88120034⟧\nExam: MRI BRAIN W/WO CONTRAST  Date of Service: ⟦DATE:03/11/2025⟧  Ordering: ⟦PERSON:Kessler, Daniel J⟧, MD\nFindings: Enhancing extra-axial mass along the falx, 2.1 cm, dural tail. Consistent with meningioma, Simpson grading deferred to surgery.",
        ("MRI BRAIN", "extra-axial", "falx", "dural tail", "meningioma", "Simpson grading"),
    ),
    (
        "us02",
        "en",
        "Dear Dr. ⟦PERSON:Whitaker⟧:\nThank you for referring Ms. ⟦PERSON:Shanice Robinson⟧ (DOB ⟦DATE:April 2, 1990⟧) to ⟦INSTITUTION:Lakeshore Imaging Associates⟧. Her breast MRI on ⟦DATE:May 6th⟧ shows a 9 mm enhancing mass at 10 o'clock, BI-RADS 4. Ultrasound-guided biopsy has been scheduled.\nSincerely,\n⟦PERSON:Margaret Liu⟧, MD | ⟦INSTITUTION:Lakeshore Imaging Associates⟧ | ⟦ADDRESS:2200 N Clark St, Suite 410, Chicago, IL 60614⟧ | ⟦PHONE:(312) 555-0147⟧ x⟦PHONE:218⟧",
        ("breast MRI", "10 o'clock", "BI-RADS 4", "Ultrasound-guided biopsy"),
    ),
    (
        "us03",
        "en",
        "CRITICAL RESULT: Large left MCA territory infarct with hemorrhagic transformation. Discussed by phone with Dr. ⟦PERSON:Rohan Mehta⟧ (Neurology) at 02:14 on ⟦DATE:1/22/2025⟧, read back confirmed. Patient ⟦PERSON:Eleanor Whitcomb⟧, age ⟦AGE:93⟧. Callback ⟦PHONE:617-555-0139⟧, pager ⟦PHONE:3-2218⟧.",
        ("MCA territory", "hemorrhagic transformation", "read back", "CRITICAL RESULT"),
    ),
    (
        "us04",
        "en",
        "Tumor Board – ⟦INSTITUTION:Mayo Clinic Arizona⟧ – ⟦DATE:02/27/2025⟧\nCase 3: ⟦PERSON:Begay, Lorenzo⟧, MRN ⟦ID:11-028-774⟧, 58M. Hepatocellular carcinoma, LI-RADS 5, segment 8, within Milan criteria. MELD 12, Child-Pugh A. Plan: Y-90 radioembolization.\nPresenter: Dr. ⟦PERSON:Anika Sorensen⟧",
        ("LI-RADS 5", "segment 8", "Milan criteria", "Child-Pugh A", "Y-90", "58M"),
    ),
    (
        "us05",
        "en",
        "ADDENDUM (⟦DATE:04/15/2025⟧ 09:47): Outside CT from ⟦INSTITUTION:Sutter Roseville⟧ dated ⟦DATE:12/03/2024⟧ now available (accession ⟦ID:SRM-24-771209⟧). The 6 mm RUL nodule was present then, stable. Fleischner 2017 guidelines: no further follow-up.\nElectronically signed: ⟦PERSON:Theodore Baptiste⟧, MD",
        ("RUL nodule", "Fleischner 2017", "Outside CT", "6 mm"),
    ),
    (
        "us06",
        "en",
        "Patient: ⟦PERSON:Nguyen, Thanh⟧   DOB: ⟦DATE:1949-03-08⟧   Medicare MBI: ⟦ID:1EG4-TE5-MK73⟧\nInsurance: ⟦INSTITUTION:Humana Gold Plus⟧   Member ID ⟦ID:H83920114⟧\nReferring: ⟦PERSON:Amy Castellano⟧, NP, NPI ⟦ID:1548290376⟧, ⟦INSTITUTION:Desert Springs Family Medicine⟧, ⟦ADDRESS:6140 W Tropicana Ave, Las Vegas, NV 89103⟧, fax ⟦PHONE:(702) 555-0166⟧\nCT chest low dose screening: Lung-RADS 2. Coronary calcium present.",
        ("Lung-RADS 2", "Coronary calcium", "low dose screening"),
    ),
    (
        "us07",
        "en",
        "Phone note: Spoke with patient's daughter, ⟦PERSON:Keisha Johnson⟧, at ⟦PHONE:555-0172⟧ re: ultrasound results for ⟦PERSON:Loretta Johnson⟧ (age ⟦AGE:90⟧). Gallbladder sludge, no Murphy sign, CBD 4 mm. She will call Dr. ⟦PERSON:Abernathy⟧'s office. — ⟦PERSON:R. Castillo⟧, RN",
        ("Gallbladder sludge", "Murphy sign", "CBD 4 mm"),
    ),
    (
        "us08",
        "en",
        "From: ⟦PERSON:Jacob Feldstein⟧ <⟦EMAIL:jfeldstein@riverbend-rad.com⟧>\nSent: ⟦DATE:Friday, March 7, 2025⟧ 4:12 PM\nSubject: addendum needed – acc ⟦ID:RB2503070091⟧\nCan you add that the ACL graft is intact and the Cyclops lesion is 9 mm? Images: Se 6 Im 22-25. Thanks, Jake\n⟦PERSON:Jacob Feldstein⟧, MD | ⟦INSTITUTION:Riverbend Radiology Group⟧ | ⟦URL:https://riverbend-rad.com/referrers⟧",
        ("ACL graft", "Cyclops lesion", "Se 6 Im 22-25"),
    ),
    (
        "us09",
        "en",
        "ORDER: XR CHEST 2 VIEWS\nPt: ⟦PERSON:Oyelaran, Adebayo⟧ | ⟦DATE:10/02/1977⟧ | ⟦ID:E-7718203⟧ | Rm 412B, ⟦INSTITUTION:St. Mary's⟧\nDx: Hodgkin lymphoma, post ABVD. Hx: Port placement 2023. Ordering: ⟦PERSON:Kimberly Tso⟧, PA-C ext. ⟦PHONE:4471⟧\nIMPRESSION: Port-a-cath tip at cavoatrial junction. No mediastinal widening.",
        ("XR CHEST 2 VIEWS", "Hodgkin lymphoma", "ABVD", "Port-a-cath", "cavoatrial junction", "2023"),
    ),
    (
        "us10",
        "en",
        "DISCHARGE SUMMARY (excerpt) – ⟦INSTITUTION:Baptist Health South Florida⟧\nPatient ⟦PERSON:Carmen Yolanda Fuentes⟧ was admitted ⟦DATE:02/09/2025⟧ after a fall at home (⟦ADDRESS:1845 SW 8th St, Apt 3, Miami, FL 33135⟧). CT C-spine: Type II odontoid fracture (Anderson-D'Alonzo). Jefferson fracture excluded. Placed in Aspen collar.\nPCP: Dr. ⟦PERSON:Howard Kim⟧, ⟦PHONE:305-555-0190⟧",
        ("CT C-spine", "odontoid fracture", "Anderson-D'Alonzo", "Jefferson fracture", "Aspen collar"),
    ),
    (
        "us11",
        "en",
        "EXAM: CT ABD/PELVIS W CONTRAST (GE Revolution CT, Isovue-370)\nCOMPARISON: ⟦DATE:08/2022⟧\nFINDINGS: Crohn's disease of the terminal ileum with a 4 cm segment of wall thickening, comb sign. No abscess. Meckel diverticulum not seen.\nRead by: ⟦PERSON:Priyanka Venkataraman⟧, MD on ⟦DATE:Oct 3rd, 2024⟧",
        ("GE Revolution CT", "Isovue-370", "terminal ileum", "comb sign", "Meckel diverticulum", "Crohn's disease"),
    ),
    (
        "us12",
        "en",
        "Pediatric ED: 8-year-old with limp. XR pelvis: no SCFE, no Perthes. Joint effusion on US right hip. Parent contact: ⟦PERSON:Marisol Ortega⟧ (mother), ⟦PHONE:(915) 555-0104⟧. Attending Dr. ⟦PERSON:Ezra Goldfarb⟧, ⟦INSTITUTION:El Paso Children's⟧.",
        ("8-year-old", "SCFE", "Perthes", "Joint effusion"),
    ),
    (
        "us13",
        "en",
        "HL7|ADT^A08\nPID|1||⟦ID:774410023⟧^^^UPMC||⟦PERSON:WASHINGTON^DeShawn^L⟧||⟦DATE:19851130⟧|M||B|⟦ADDRESS:422 Frankstown Ave^^Pittsburgh^PA^15206⟧||⟦PHONE:412-555-0128⟧|||||SSN ⟦ID:078-05-1120⟧\nPV1||I|5WEST^512^A||||⟦PERSON:00987^Novak^Ivana⟧",
        ("ADT^A08", "5WEST"),
    ),
    (
        "us14",
        "en",
        "Outside films review: CT angiogram from ⟦INSTITUTION:Valley Regional⟧ (⟦DATE:1/4/25⟧) shows Stanford type A dissection extending to the iliacs. DeBakey I. Patient ⟦PERSON:Hoang, Minh⟧, ⟦AGE:91⟧ yo, transferred to ⟦INSTITUTION:Cedars⟧ CT surgery. Accepting: Dr. ⟦PERSON:Alvarez⟧",
        ("Stanford type A", "DeBakey I", "iliacs", "CT angiogram"),
    ),
    (
        "us15",
        "en",
        "MAMMOGRAPHY RESULTS LETTER\n⟦DATE:June 18, 2025⟧\nMs. ⟦PERSON:Tamika R. Hollis⟧\n⟦ADDRESS:77 Magnolia Ct, Decatur, GA 30030⟧\nYour mammogram showed dense breast tissue (heterogeneously dense, category C). Result: BI-RADS 1 negative. Questions: ⟦INSTITUTION:Emory Breast Imaging Center⟧, ⟦PHONE:404-555-0151⟧.",
        ("heterogeneously dense", "category C", "BI-RADS 1", "dense breast tissue"),
    ),
    (
        "us16",
        "en",
        "Procedure note: US-guided thyroid FNA, right lobe nodule, TI-RADS 4 (TR4), Bethesda pending. 25G needle x3 passes. Lidocaine 1%. Performed by ⟦PERSON:Anjali Deshpande⟧, MD; assisted by ⟦PERSON:Tyler Brooks⟧, RT(R). Patient ⟦PERSON:Gao Yuxin⟧, MRN ⟦ID:6680314⟧. Specimen to ⟦INSTITUTION:Quest Diagnostics⟧, req ⟦ID:QD55210943⟧.",
        ("thyroid FNA", "TI-RADS 4", "Bethesda", "Lidocaine 1%", "25G needle"),
    ),
    (
        "us17",
        "en",
        "Prior report reference: Dr. ⟦PERSON:Collins⟧ at ⟦INSTITUTION:Capital Region Radiology⟧ (⟦URL:www.capregionrad.com/portal⟧) reported a Baker's cyst in 2019. Current MRI knee: Baker's cyst ruptured, Hoffa's fat pad edema. Patient: ⟦PERSON:Dorothy Baker⟧, ⟦AGE:92⟧F.",
        ("Baker's cyst", "2019", "Hoffa's fat pad", "MRI knee"),
    ),
    (
        "us18",
        "en",
        "RE: ⟦PERSON:Kowalski, Stanley⟧\nMember: ⟦PERSON:Kowalski, Helen M.⟧ (spouse)\nPrior auth for MRI lumbar spine approved, auth # ⟦ID:PA-2025-0441987⟧. L5-S1 spondylolisthesis, Meyerding grade 1. Valid through ⟦DATE:09/30/2025⟧. ⟦INSTITUTION:Blue Cross Blue Shield of Michigan⟧, ⟦PHONE:1-800-555-0199⟧.",
        ("L5-S1", "spondylolisthesis", "Meyerding grade 1", "MRI lumbar spine"),
    ),
    (
        "us19",
        "en",
        "Teleradiology prelim (⟦INSTITUTION:vRad⟧): Head CT noncontrast, patient ⟦PERSON:Reginald Pruitt⟧, MRN ⟦ID:TR-99120455⟧, accession ⟦ID:VR-25-03311872⟧. Epidural hematoma right temporal, swirl sign, 11 mm midline shift. Called to Dr. ⟦PERSON:Whitney Okonjo⟧ at ⟦INSTITUTION:Mercy Hospital Joplin⟧ ER ⟦PHONE:417-555-0123⟧.",
        ("Epidural hematoma", "swirl sign", "midline shift", "Head CT noncontrast"),
    ),
    (
        "us20",
        "en",
        "CT Chest PE protocol (Siemens SOMATOM Force): segmental PE in the RLL, RV/LV ratio 1.1. Hampton hump in the posterior basal segment; Westermark sign absent. Patient DOB ⟦DATE:11/21/1947⟧. Reported ⟦DATE:3.14.25⟧ by ⟦PERSON:Abigail Thorne⟧, DO; cc: ⟦PERSON:Marcus Lee⟧, MD (PCP), ⟦INSTITUTION:Northside Internal Medicine⟧.",
        ("SOMATOM Force", "RV/LV ratio", "Hampton hump", "posterior basal segment", "Westermark sign"),
    ),
)

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
