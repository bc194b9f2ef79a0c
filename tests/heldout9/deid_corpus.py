"""Held-out 9: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/deid/`), nor its tests, nor any
earlier held-out corpus. Excerpts as radiologists in DE, AT, CH (German, French, Italian), UK and US
write them: letter heads, RIS/HIS headers, referrals, signatures, dictation/typist lines, relatives and
contacts, outside and prior studies, addenda, consult notes, insurance lines.

PHI is marked inline as ⟦LABEL:text⟧ (markup and labels as in held-out 8, parsed by its
`strip_markup`); titles (Dr., Prof., OA, Mag., Mr/Mrs/Mme, Frau/Herr) and weekdays lie outside the
spans; ages are marked only from 90 on (Safe Harbor); bare years and state names stay unmarked.
`keep` lists terms that must survive verbatim (eponyms, anatomy, drugs, devices, scores, image
references, measurements, guidelines, relative times, place-derived clinical terms).
The excerpt id's prefix names the country: de, at, ch, uk, us.

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout8.deid_corpus import LABELS, Excerpt, strip_markup

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "build_excerpts", "country"]

COUNTRIES = ("de", "at", "ch", "uk", "us")

# (id, lang, marked text, keep-terms)
_RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # ------------------------------------------------------------------ Germany
    (
        "de01",
        "de",
        "⟦INSTITUTION:Radiologische Gemeinschaftspraxis am Schlossgarten⟧ · ⟦ADDRESS:Karlstraße 41⟧ · "
        "⟦ADDRESS:76133 Karlsruhe⟧\n"
        "Tel. ⟦PHONE:0721 915 33-0⟧ · Fax ⟦PHONE:0721 915 33-19⟧ · ⟦EMAIL:befunde@rad-schlossgarten.de⟧\n"
        "Herrn Dr. med. ⟦PERSON:Volker Ansbacher⟧, Facharzt für Innere Medizin, ⟦ADDRESS:Rintheimer Str. 7⟧, "
        "⟦ADDRESS:76131 Karlsruhe⟧\n"
        "Betr.: ⟦PERSON:Yıldırım, Elif⟧, geb. ⟦DATE:23.06.1958⟧\n"
        "MRT der LWS nativ vom ⟦DATE:11.03.2025⟧: Bandscheibenprotrusion L4/5 mit Kontakt zur Nervenwurzel L5 "
        "links, Modic Typ 1 Endplattenveränderungen, Pfirrmann Grad 4.",
        ("LWS", "Bandscheibenprotrusion L4/5", "Nervenwurzel L5", "Modic Typ 1", "Pfirrmann Grad 4", "Innere Medizin"),
    ),
    (
        "de02",
        "de",
        "RIS-Auftrag ⟦ID:A25-0331874⟧ | Pat.-ID ⟦ID:40028817⟧ | Fall ⟦ID:0061123490⟧\n"
        "⟦PERSON:Brandtner-Okafor, Miriam⟧ * ⟦DATE:30.11.1979⟧ | Station 4B Kardiologie | "
        "Anf. Arzt: Dr. ⟦PERSON:Sauerwein⟧\n"
        "Untersuchung: CT Thorax mit KM (Imeron 350, 80 ml), Lungenembolie-Protokoll\n"
        "Fragestellung: LAE? D-Dimere erhöht, Wells-Score 5.",
        ("CT Thorax", "Imeron 350, 80 ml", "Lungenembolie-Protokoll", "D-Dimere", "Wells-Score 5", "Kardiologie"),
    ),
    (
        "de03",
        "de",
        "Überweisung von Frau Dr. ⟦PERSON:Henrike Laubscher⟧ (Hausärztin, ⟦ADDRESS:Bad Saulgau⟧). Die "
        "Patientin kommt in Begleitung ihrer Tochter ⟦PERSON:Sabine Kerner⟧ (Tel. ⟦PHONE:0157 38821406⟧), da "
        "sie seit 4 Wochen zunehmend verwirrt ist. cCT: Keine Blutung, mikroangiopathische "
        "Marklagerveränderungen Fazekas 2, erweiterte Virchow-Robin-Räume.",
        ("seit 4 Wochen", "cCT", "Marklagerveränderungen", "Fazekas 2", "Virchow-Robin-Räume"),
    ),
    (
        "de04",
        "de",
        "Thorax-Röntgen liegend: ZVK über V. jugularis interna rechts, Spitze in der oberen Hohlvene. "
        "Kein Pneumothorax.\n\n"
        "Mit freundlichen kollegialen Grüßen\n\n"
        "PD Dr. med. ⟦PERSON:Konstantin Wöhrle⟧          Dr. ⟦PERSON:Aylin Demirci⟧\n"
        "Leitender Oberarzt                      Assistenzärztin\n"
        "Diktiert: ⟦DATE:14.05.2025⟧ ⟦PERSON:KW⟧/⟦PERSON:rb⟧ – geschrieben ⟦DATE:15.05.25⟧, elektronisch "
        "freigegeben, ohne Unterschrift gültig.",
        (
            "ZVK",
            "V. jugularis interna rechts",
            "oberen Hohlvene",
            "Pneumothorax",
            "Leitender Oberarzt",
            "Assistenzärztin",
            "elektronisch freigegeben",
        ),
    ),
    (
        "de05",
        "de",
        "Vergleich: Externe Voraufnahmen aus der ⟦INSTITUTION:Radiologie Rheinauhafen⟧ (⟦ADDRESS:Köln⟧) vom "
        "⟦DATE:02.02.2024⟧ auf CD nachgereicht. Größenprogredienter Rundherd im Segment 6 rechts, aktuell "
        "14 x 11 mm (Se 4/Bi 211), zuvor 9 mm. Nach Fleischner-Kriterien und S3-Leitlinie Lungenkarzinom "
        "weitere Abklärung mittels PET-CT empfohlen.",
        ("Segment 6", "14 x 11 mm", "(Se 4/Bi 211)", "Fleischner-Kriterien", "S3-Leitlinie Lungenkarzinom", "PET-CT"),
    ),
    (
        "de06",
        "de",
        "Nachtrag vom ⟦DATE:19. Juni 2025⟧, 16:40 Uhr: Telefonische Befundmitteilung an den diensthabenden "
        "Arzt der Notaufnahme, Herrn ⟦PERSON:Lukas Przybylski⟧, Piepser ⟦PHONE:4417⟧. Freie Luft subphrenisch "
        "bestätigt, Verdacht auf Hohlorganperforation.",
        ("Notaufnahme", "Freie Luft", "subphrenisch", "Hohlorganperforation"),
    ),
    (
        "de07",
        "de",
        "Kostenträger: Techniker Krankenkasse | Versichertennr. ⟦ID:K204918337⟧\n"
        "Patient: ⟦PERSON:Nowak, Tadeusz⟧, ⟦ADDRESS:Weinsteige 12⟧, ⟦ADDRESS:70180 Stuttgart⟧\n"
        "Sonographie Abdomen: Cholezystolithiasis ohne Cholezystitis, Ductus hepatocholedochus 5 mm, "
        "sonographisches Murphy-Zeichen negativ.",
        ("Sonographie Abdomen", "Cholezystolithiasis", "Ductus hepatocholedochus 5 mm", "Murphy-Zeichen negativ"),
    ),
    (
        "de08",
        "de",
        "Die ⟦AGE:92-jährige⟧ Frau ⟦PERSON:Adelheid von Tschirschky⟧ wird aus dem "
        "⟦INSTITUTION:Seniorenstift Lindenhof⟧ zugewiesen. Sturz am Samstag, ⟦DATE:7.6.2025⟧. Röntgen Becken "
        "und Hüfte links in 2 Ebenen: Mediale Schenkelhalsfraktur links, Garden III. Hüftendoprothese rechts "
        "regelrecht.",
        ("in 2 Ebenen", "Schenkelhalsfraktur", "Garden III", "Hüftendoprothese", "Samstag"),
    ),
    (
        "de09",
        "de",
        "Patient/in: ⟦PERSON:Şahin, Mehmet Ali⟧ | geb. ⟦DATE:1. April 1966⟧ | ⟦ADDRESS:Bochum-Wattenscheid⟧\n"
        "Rückfragen an den Dienstarzt unter Durchwahl ⟦PHONE:2276⟧ oder zentral ⟦PHONE:0234 509-0⟧.\n"
        "CT Abdomen: Akute unkomplizierte Sigmadivertikulitis (CDD Typ 1b) ohne Abszess.",
        ("Dienstarzt", "CT Abdomen", "Sigmadivertikulitis", "CDD Typ 1b", "Abszess"),
    ),
    (
        "de10",
        "de",
        "⟦PERSON:Lindqvist, Annika⟧ * ⟦DATE:14.08.1990⟧, Aufnahme-Nr. ⟦ID:25-118043⟧\n"
        "Mammographie beidseits und ergänzende Sonographie: Rechts oben außen 11 mm große irreguläre "
        "Herdläsion, BI-RADS 4c, ACR-Dichte C. Stanzbiopsie empfohlen. Axilla frei.",
        ("Mammographie beidseits", "11 mm", "BI-RADS 4c", "ACR-Dichte C", "Stanzbiopsie", "Axilla"),
    ),
    (
        "de11",
        "de",
        "Notfall-CT Kopf (Schlaganfallprotokoll) um 03:12 Uhr. Angehörige: Ehemann "
        "⟦PERSON:Rainer Großkopf-Mbeki⟧, erreichbar unter ⟦PHONE:+49 171 4420 918⟧. ASPECTS 9, CTA: "
        "Verschluss M1 links, hyperdenses Media-Zeichen. Rücksprache mit OA ⟦PERSON:Hellwig⟧ (Funk "
        "⟦PHONE:7731⟧), Thrombektomie eingeleitet.",
        ("Schlaganfallprotokoll", "ASPECTS 9", "Verschluss M1 links", "Media-Zeichen", "Thrombektomie"),
    ),
    (
        "de12",
        "de",
        "Zuweisung durch ⟦INSTITUTION:OrthoVita Neckartal⟧ (Dr. ⟦PERSON:M. Esposito⟧) mit der Frage nach "
        "Innenmeniskusläsion. MRT Knie rechts vom ⟦DATE:3. Februar 2025⟧: Horizontalriss im Hinterhorn des "
        "Innenmeniskus, Grad III nach Stoller. Baker-Zyste 3 cm. Hoffa-Fettkörper unauffällig. Vorderes "
        "Kreuzband intakt.",
        (
            "Innenmeniskusläsion",
            "Hinterhorn des Innenmeniskus",
            "Grad III nach Stoller",
            "Baker-Zyste 3 cm",
            "Hoffa-Fettkörper",
            "Vorderes Kreuzband",
        ),
    ),
    (
        "de13",
        "de",
        "Patientin: ⟦PERSON:Graves, Charlotte⟧, ⟦DATE:17.09.1971⟧\n"
        "Szintigraphie der Schilddrüse (Tc-99m-Pertechnetat): Diffus gesteigerter Uptake 6,8 %, vereinbar "
        "mit Morbus Basedow. Kein kalter Knoten.",
        ("Szintigraphie der Schilddrüse", "Tc-99m-Pertechnetat", "Uptake 6,8 %", "Morbus Basedow", "kalter Knoten"),
    ),
    (
        "de14",
        "de",
        "Voruntersuchungen: CT Thorax/Abdomen (⟦DATE:08/2023⟧, ⟦DATE:01/2024⟧), PSMA-PET/CT am "
        "⟦DATE:2024-09-17⟧ auswärts (⟦INSTITUTION:Nuklearmedizin Isartor⟧, ⟦ADDRESS:München⟧). Aktuell: "
        "Zunahme der osteoblastischen Metastasen in BWK 7 und im Os ilium links (Serie 3, Bild 145). Keine "
        "pathologischen Lymphknoten nach RECIST 1.1.",
        ("PSMA-PET/CT", "osteoblastischen Metastasen", "BWK 7", "Os ilium", "(Serie 3, Bild 145)", "RECIST 1.1"),
    ),
    (
        "de15",
        "de",
        "Konsil Radiologie an Neurochirurgie, Station N2, App. ⟦PHONE:3360⟧. Anforderer: Dr. "
        "⟦PERSON:Björn Halvorsen⟧\n"
        "MRT HWS: Spinalkanalstenose C5/6 mit Myelopathiesignal, Kompression durch osteochondrotische "
        "Randzacken. Befund besprochen mit Frau ⟦PERSON:Nguyen Thi Thu Ha⟧ (Stationsärztin) am "
        "⟦DATE:22.07.⟧",
        (
            "Neurochirurgie",
            "MRT HWS",
            "Spinalkanalstenose C5/6",
            "Myelopathiesignal",
            "osteochondrotische Randzacken",
            "Stationsärztin",
        ),
    ),
    (
        "de16",
        "de",
        "Frau\n⟦PERSON:Jovana Marković-Stein⟧\n⟦ADDRESS:Am Kupfergraben 9⟧\n⟦ADDRESS:10117 Berlin⟧\n\n"
        "Sehr geehrte Frau ⟦PERSON:Marković-Stein⟧,\n"
        "bei Ihrer Mammographie-Screening-Untersuchung am ⟦DATE:04.04.2025⟧ in unserer "
        "⟦INSTITUTION:Screening-Einheit Berlin-Mitte⟧ ergab sich ein abklärungsbedürftiger Befund. Bitte "
        "vereinbaren Sie einen Termin unter ⟦PHONE:030 2809 4410⟧.",
        ("Mammographie-Screening-Untersuchung", "abklärungsbedürftiger Befund", "Sehr geehrte"),
    ),
    (
        "de17",
        "de",
        "⟦PERSON:Hans-Dieter Pfaffenroth⟧, 71 J., Z.n. Hemikolektomie rechts 2019 wegen Kolonkarzinom. "
        "Staging-CT: Neu aufgetretene hypodense Leberläsion Segment VII, 18 mm, hochverdächtig auf Metastase; "
        "LI-RADS nicht anwendbar. CEA steigend.",
        ("71 J.", "Hemikolektomie rechts", "Kolonkarzinom", "Staging-CT", "Segment VII", "LI-RADS", "CEA"),
    ),
    (
        "de18",
        "de",
        "Akzessionsnummer ⟦ID:20250418-0177⟧, Auftragsdatum ⟦DATE:18.04.2025⟧. PET/CT mit 18F-FDG (312 MBq): "
        "Stoffwechselaktives Lymphom zervikal und mediastinal, SUVmax 14,2, Deauville 5. "
        "Lugano-Klassifikation Stadium II.",
        ("18F-FDG", "312 MBq", "SUVmax 14,2", "Deauville 5", "Lugano-Klassifikation Stadium II"),
    ),
    (
        "de19",
        "de",
        "Sehr geehrter Herr Kollege ⟦PERSON:van der Heijden⟧,\n"
        "wir berichten über Ihren Patienten Herrn ⟦PERSON:Pieter de Boer⟧, geb. am ⟦DATE:29.02.1952⟧, "
        "wohnhaft in ⟦ADDRESS:Emmerich am Rhein⟧, der sich am ⟦DATE:12.05.2025⟧ zur MR-Angiographie der "
        "Becken-Bein-Gefäße vorstellte. Verschluss der A. femoralis superficialis links, Fontaine IIb, "
        "Rutherford 3.",
        ("MR-Angiographie", "Becken-Bein-Gefäße", "A. femoralis superficialis", "Fontaine IIb", "Rutherford 3"),
    ),
    (
        "de20",
        "de",
        "Kolonkontrasteinlauf über den Rektumstumpf bei Hartmann-Situation nach Sigmaresektion "
        "⟦DATE:03/2022⟧: Stumpf dicht, keine Fistel, Rückverlagerung möglich. Befund vorab telefonisch an "
        "Dr. ⟦PERSON:Ingrid Kowalczyk⟧ (Viszeralchirurgie, Tel. ⟦PHONE:4185⟧).",
        (
            "Kolonkontrasteinlauf",
            "Rektumstumpf",
            "Hartmann-Situation",
            "Sigmaresektion",
            "Rückverlagerung",
            "Viszeralchirurgie",
        ),
    ),
    (
        "de21",
        "de",
        "CT-gesteuerte PRT L5 rechts mit 40 mg Triamcinolon komplikationslos. Ihre Bilder und den Befund "
        "finden Sie im Patientenportal unter ⟦URL:https://befund.radiologie-zentrum-fulda.de⟧ mit dem "
        "Zugangscode ⟦ID:QX7-22K-9PL⟧. Bei Fragen: ⟦EMAIL:sekretariat@radiologie-zentrum-fulda.de⟧.",
        ("CT-gesteuerte PRT L5 rechts", "40 mg Triamcinolon", "Patientenportal"),
    ),
    (
        "de22",
        "de",
        "⟦PERSON:Al-Khatib, Yousef Ibrahim⟧ | m | ⟦DATE:05.01.1983⟧ | PID ⟦ID:7700452198⟧ | "
        "KV-Nr. ⟦ID:B538201766⟧\n"
        "Röntgen Thorax p.a. und seitlich: Keine Infiltrate, kein Pleuraerguss. Herz normal groß "
        "(CTR 0,46). Zwerchfell glatt begrenzt.",
        ("Röntgen Thorax p.a. und seitlich", "Infiltrate", "Pleuraerguss", "CTR 0,46", "Zwerchfell"),
    ),
    (
        "de23",
        "de",
        "Wiedervorstellung am Donnerstag, dem ⟦DATE:6. März⟧ zur Verlaufskontrolle in 3 Monaten vereinbart. "
        "Zyste Niere links Bosniak IIF (Bosniak-Klassifikation 2019), 2,4 cm, dünnes Septum ohne messbares "
        "Enhancement. Vorbefund ⟦INSTITUTION:Urologie am Dom⟧, Dr. ⟦PERSON:Sven Østergaard⟧.",
        ("Donnerstag", "in 3 Monaten", "Bosniak IIF", "Bosniak-Klassifikation 2019", "2,4 cm", "Enhancement"),
    ),
    (
        "de24",
        "de",
        "Patientin im ⟦AGE:96. Lebensjahr⟧. Gesetzlicher Betreuer: Herr ⟦PERSON:Wolfram Eisenträger⟧, "
        "⟦ADDRESS:Postfach 1123⟧, ⟦ADDRESS:37073 Göttingen⟧, Tel. ⟦PHONE:0551 / 48 79 21⟧. Einwilligung zur "
        "Portanlage liegt vor. Portkatheter (Celsite) über V. subclavia rechts, Spitze am cavoatrialen "
        "Übergang.",
        (
            "Gesetzlicher Betreuer",
            "Portanlage",
            "Portkatheter (Celsite)",
            "V. subclavia rechts",
            "cavoatrialen Übergang",
        ),
    ),
    (
        "de25",
        "de",
        "Befundende Ärztin: Dr. ⟦PERSON:A.-K. Lehmann-Brückner⟧, Fachärztin für Radiologie; "
        "Zweitbefundung: Prof. Dr. ⟦PERSON:Sanjay Venkataraman⟧.\n"
        "Prostata-MRT (multiparametrisch, 3 T): Läsion in der peripheren Zone links apikal, 9 mm, PI-RADS 4. "
        "Gleason-Score ausstehend.",
        ("Fachärztin für Radiologie", "Prostata-MRT", "3 T", "peripheren Zone", "PI-RADS 4", "Gleason-Score"),
    ),
    (
        "de26",
        "de",
        "Kinderradiologie: Sonographie der Hüften nach Graf bei ⟦PERSON:Mila Kaczmarek⟧ (geb. "
        "⟦DATE:02.03.2025⟧), Mutter ⟦PERSON:Agnieszka Kaczmarek⟧ anwesend. Rechts Typ Ia, links Typ IIa "
        "(Alpha-Winkel 55°). Kontrolle in 6 Wochen.",
        (
            "Kinderradiologie",
            "Sonographie der Hüften nach Graf",
            "Typ Ia",
            "Typ IIa",
            "Alpha-Winkel 55°",
            "in 6 Wochen",
        ),
    ),
    (
        "de27",
        "de",
        "Polytrauma-Spirale nach Verkehrsunfall bei ⟦ADDRESS:Tübingen-Lustnau⟧. Lebensgefährtin "
        "⟦PERSON:Chiara Santangelo⟧ informiert. Milzlazeration AAST Grad III, Hämatoperitoneum, "
        "Rippenserienfraktur links 5–9. Becken stabil (Tile A).",
        ("Polytrauma-Spirale", "Milzlazeration", "AAST Grad III", "Hämatoperitoneum", "Rippenserienfraktur", "Tile A"),
    ),
    (
        "de28",
        "de",
        "Name: ⟦PERSON:Kühnert⟧, geb. ⟦PERSON:Oyelaran⟧, Vorname: ⟦PERSON:Adaeze⟧ – Geburtsdatum "
        "⟦DATE:11.12.1964⟧\n"
        "MRT Mamma: Z.n. BET links 2018, narbige Veränderungen, keine suspekte KM-Anreicherung, BI-RADS 2. "
        "Silikonimplantat rechts intakt, kein Linguine-Zeichen.",
        ("MRT Mamma", "BET links", "KM-Anreicherung", "BI-RADS 2", "Silikonimplantat", "Linguine-Zeichen"),
    ),
    (
        "de29",
        "de",
        "Durchleuchtung, Ösophagus-Breischluck: Zenker-Divertikel 2,5 cm, keine Aspiration.\n"
        "Diktat ⟦DATE:03.06.2025⟧ 11:02 / Schreibdienst Frau ⟦PERSON:Ilić⟧ / Freigabe ⟦DATE:04.06.2025⟧ "
        "Dr. ⟦PERSON:Frerichs⟧",
        ("Durchleuchtung", "Ösophagus-Breischluck", "Zenker-Divertikel 2,5 cm", "Aspiration", "Schreibdienst"),
    ),
    (
        "de30",
        "de",
        "Privatpatient, Beihilfe. Rechnungsempfänger: Dr. ⟦PERSON:Ulrike Samaras⟧, "
        "⟦ADDRESS:Kaiser-Wilhelm-Ring 20⟧, ⟦ADDRESS:50672 Köln⟧ (Ehefrau des Patienten). Leistung: "
        "GOÄ 5375, Dual-Energy-CT Fuß links: Gichttophi am Großzehengrundgelenk, Volumen 1,2 ml.",
        ("Privatpatient", "Beihilfe", "GOÄ 5375", "Dual-Energy-CT", "Gichttophi", "Großzehengrundgelenk", "1,2 ml"),
    ),
    # ------------------------------------------------------------------ Austria
    (
        "at01",
        "de",
        "Röntgeninstitut Dr. ⟦PERSON:Pammer⟧ & Partner, ⟦ADDRESS:Herrengasse 7⟧, ⟦ADDRESS:A-8010 Graz⟧ | "
        "Tel. ⟦PHONE:0316 82 44 11⟧ | Fax ⟦PHONE:0316 82 44 11-20⟧\n"
        "Patientin: Mag. ⟦PERSON:Theresia Pölzl⟧, SVNR ⟦ID:2318 120360⟧\n"
        "Untersuchung am ⟦DATE:14. Jänner 2025⟧: Knochendichtemessung (DXA): T-Score LWS −2,7, Schenkelhals "
        "−2,1. Osteoporose nach WHO-Kriterien.",
        ("Knochendichtemessung", "DXA", "T-Score LWS −2,7", "Schenkelhals", "Osteoporose nach WHO-Kriterien"),
    ),
    (
        "at02",
        "de",
        "Zuweisende Abteilung: Unfallchirurgie, ⟦INSTITUTION:LKH Murau⟧, OA Dr. ⟦PERSON:Gernot Steinwender⟧, "
        "Klappe ⟦PHONE:4471⟧.\n"
        "CT Sprunggelenk links: Trimalleoläre Fraktur, Weber C mit Volkmann-Dreieck, "
        "Maisonneuve-Komponente nicht auszuschließen.",
        (
            "Unfallchirurgie",
            "CT Sprunggelenk links",
            "Trimalleoläre Fraktur",
            "Weber C",
            "Volkmann-Dreieck",
            "Maisonneuve-Komponente",
        ),
    ),
    (
        "at03",
        "de",
        "Verlaufskontrolle MRT Schädel: Im Vergleich zur Voruntersuchung vom ⟦DATE:23. Feber 2024⟧ "
        "unverändertes Meningeom parasagittal rechts, 21 mm (Se 7/Bi 84). Kein perifokales Ödem. Nächste "
        "Kontrolle ⟦DATE:Jänner 2026⟧ empfohlen.",
        ("MRT Schädel", "Meningeom", "parasagittal", "21 mm", "(Se 7/Bi 84)", "perifokales Ödem"),
    ),
    (
        "at04",
        "de",
        "Frau ⟦PERSON:Aloisia Hrdlicka⟧, ⟦AGE:94 J.⟧, wohnhaft ⟦ADDRESS:Neubaugasse 64/3/12⟧, "
        "⟦ADDRESS:1070 Wien⟧; Sachwalterin: Tochter Dr. ⟦PERSON:Renate Hrdlicka-Wimmer⟧ "
        "(⟦PHONE:0664 512 33 87⟧).\n"
        "Thorax-Röntgen liegend: Stauungszeichen, beidseits Pleuraergüsse, Kerley-B-Linien.",
        ("Sachwalterin", "Thorax-Röntgen liegend", "Stauungszeichen", "Pleuraergüsse", "Kerley-B-Linien"),
    ),
    (
        "at05",
        "de",
        "Auftrags-Nr.: ⟦ID:RZ-2025-118442⟧   Aufn.-Zahl: ⟦ID:25/004417⟧   Station: Interne 2\n"
        "⟦PERSON:Gruber, Leopold Johann⟧, ⟦DATE:19.10.1938⟧, ⟦ADDRESS:Sankt Pölten⟧\n"
        "Sonographie Nieren: Harnstau Grad II rechts, Nierenbeckenkelchsystem erweitert, "
        "Ureterabgangsstenose?",
        ("Sonographie Nieren", "Harnstau Grad II", "Nierenbeckenkelchsystem", "Ureterabgangsstenose"),
    ),
    (
        "at06",
        "de",
        "Auswärtige Bilder (⟦INSTITUTION:Sportortho Arlberg⟧, ⟦DATE:11/2024⟧) wurden importiert. MRT "
        "Schulter rechts: Komplette Ruptur der Supraspinatussehne mit Retraktion Patte 2, Goutallier 2. "
        "Hill-Sachs-Delle. Bankart-Läsion nicht sicher abgrenzbar.",
        ("MRT Schulter rechts", "Supraspinatussehne", "Patte 2", "Goutallier 2", "Hill-Sachs-Delle", "Bankart-Läsion"),
    ),
    (
        "at07",
        "de",
        "Befundübermittlung an Dr. ⟦PERSON:Christoph Aigner-Lechleitner⟧, Allgemeinmediziner in "
        "⟦ADDRESS:Saalfelden⟧ (⟦PHONE:+43 6582 72518⟧). CT Thorax vom ⟦DATE:3.7.2025⟧: Lungenrundherd "
        "Unterlappen links 7 mm, solid; nach Fleischner Society Kontrolle in 6–12 Monaten.",
        ("Allgemeinmediziner", "Lungenrundherd", "Unterlappen links 7 mm", "Fleischner Society", "in 6–12 Monaten"),
    ),
    (
        "at08",
        "de",
        "Tumorboard am ⟦DATE:12.03.2025⟧: anwesend OÄ Dr. ⟦PERSON:Jelena Stojković⟧ (Onkologie), "
        "Dr. ⟦PERSON:Farid Rahimi⟧ (Chirurgie), Prof. ⟦PERSON:Walburga Schöffmann⟧ (Radiologie). HCC im "
        "Segment VIII, 3,1 cm, LI-RADS LR-5, BCLC A, innerhalb der Milan-Kriterien. Empfehlung: "
        "Transplantationsevaluierung.",
        (
            "Tumorboard",
            "Onkologie",
            "Segment VIII",
            "LI-RADS LR-5",
            "BCLC A",
            "Milan-Kriterien",
            "Transplantationsevaluierung",
        ),
    ),
    (
        "at09",
        "de",
        "Patient: ⟦PERSON:Kušej, Primož⟧, geb. ⟦DATE:7. Mai 1949⟧, ⟦ADDRESS:9020 Klagenfurt am Wörthersee⟧. "
        "Koronar-CT: Agatston-Score 412, CAD-RADS 3, mittelgradige Stenose des RIVA proximal. "
        "Linksdominanter Versorgungstyp.",
        ("Koronar-CT", "Agatston-Score 412", "CAD-RADS 3", "RIVA", "Linksdominanter Versorgungstyp"),
    ),
    (
        "at10",
        "de",
        "Ergänzung: Kein Hinweis auf Lungenembolie bis auf Subsegmentebene.\n"
        "Primaria Univ.-Prof.in Dr.in ⟦PERSON:Edeltraud Wimmer-Ferenczi⟧, MSc\n"
        "Fachärztin für Radiologie, ⟦INSTITUTION:Landesklinikum Thayatal⟧\n"
        "Vidiert: OÄ Dr.in ⟦PERSON:Sophie Brandstätter⟧, ⟦DATE:28.04.2025⟧",
        ("Lungenembolie", "Subsegmentebene", "Fachärztin für Radiologie", "Vidiert"),
    ),
    (
        "at11",
        "de",
        "Versicherungsträger: ÖGK, Versicherungsnummer ⟦ID:4021 030571⟧, mitversichert bei Ehemann "
        "⟦PERSON:Friedrich Zechmeister⟧ (SVNR ⟦ID:3307 220268⟧).\n"
        "Mammographie: ACR b, BI-RADS 1 beidseits. Kein Herdbefund.",
        ("ACR b", "BI-RADS 1 beidseits", "Kein Herdbefund"),
    ),
    (
        "at12",
        "de",
        "Z.n. Radiofrequenzablation ⟦DATE:Oktober 2023⟧ an der ⟦INSTITUTION:Universitätsklinik Innsbruck⟧. "
        "Kontroll-MRT mit Primovist: Ablationszone ohne noduläres Enhancement, LR-TR nonviable. Rückfragen: "
        "Sekretariat ⟦PHONE:0512 504-22761⟧, ⟦EMAIL:radiologie.sekretariat@alpenklinikum-tirol.at⟧.",
        ("Radiofrequenzablation", "Primovist", "Ablationszone", "LR-TR nonviable", "Sekretariat"),
    ),
    # ------------------------------------------------------------------ Switzerland
    (
        "ch01",
        "de",
        "⟦INSTITUTION:Spital Uetliberg⟧, Institut für Radiologie, ⟦ADDRESS:Birmensdorferstrasse 311⟧, "
        "⟦ADDRESS:CH-8055 Zürich⟧, Tel. ⟦PHONE:044 466 27 00⟧\n"
        "Patient: Herr ⟦PERSON:Reto Käppeli⟧, ⟦DATE:02.08.1961⟧, AHV ⟦ID:756.4821.9937.05⟧\n"
        "CT Nasennebenhöhlen: Chronische Sinusitis maxillaris beidseits, Lund-Mackay-Score 9. Ostiomeatale "
        "Einheit links verlegt.",
        (
            "Institut für Radiologie",
            "CT Nasennebenhöhlen",
            "Sinusitis maxillaris",
            "Lund-Mackay-Score 9",
            "Ostiomeatale Einheit",
        ),
    ),
    (
        "ch02",
        "de",
        "Zuweisender Arzt: Dr. med. ⟦PERSON:Beat Zürcher⟧, ⟦INSTITUTION:Hausarztpraxis Bümpliz⟧, "
        "⟦ADDRESS:Bernstrasse 101⟧, ⟦ADDRESS:3018 Bern⟧\n"
        "Klinische Angaben: seit 2 Wochen Schmerzen Fuss rechts, Jogger. MRI Fuss: Stressfraktur "
        "Metatarsale II mit Knochenmarködem, keine Dislokation. Morton-Neurom Intermetatarsalraum III, 6 mm.",
        (
            "seit 2 Wochen",
            "Stressfraktur Metatarsale II",
            "Knochenmarködem",
            "Morton-Neurom",
            "Intermetatarsalraum III",
        ),
    ),
    (
        "ch03",
        "fr",
        "⟦INSTITUTION:Centre d'imagerie du Léman⟧, ⟦ADDRESS:Avenue de la Gare 12⟧, ⟦ADDRESS:1003 Lausanne⟧ – "
        "Tél. ⟦PHONE:021 320 45 60⟧\n"
        "Patiente : Mme ⟦PERSON:Favre-Rochat, Nathalie⟧, née le ⟦DATE:9 septembre 1957⟧\n"
        "IRM du genou gauche du ⟦DATE:15 mai 2025⟧ : rupture du ligament croisé antérieur, contusion osseuse "
        "du condyle fémoral latéral, lésion de Segond.",
        (
            "IRM du genou gauche",
            "ligament croisé antérieur",
            "contusion osseuse",
            "condyle fémoral latéral",
            "lésion de Segond",
        ),
    ),
    (
        "ch04",
        "fr",
        "Médecin demandeur : Dr ⟦PERSON:Jean-Marc Dubois-Perrin⟧, ⟦INSTITUTION:Clinique du Salève⟧ "
        "(bip ⟦PHONE:62 481⟧). Scanner thoraco-abdominal : embolie pulmonaire segmentaire lobaire inférieure "
        "droite ; score de Genève révisé intermédiaire. Contact : épouse, Mme ⟦PERSON:Lucie Dubois-Perrin⟧, "
        "⟦PHONE:079 412 88 30⟧.",
        ("Scanner thoraco-abdominal", "embolie pulmonaire segmentaire", "score de Genève révisé"),
    ),
    (
        "ch05",
        "it",
        "⟦INSTITUTION:Ospedale Regionale di Lugano⟧ – Servizio di radiologia\n"
        "Paziente: ⟦PERSON:Pedrazzini, Gianluca⟧, nato il ⟦DATE:4 marzo 1948⟧, ⟦ADDRESS:Via Cantonale 18⟧, "
        "⟦ADDRESS:6900 Lugano⟧\n"
        "TC addome: linfoma non Hodgkin, stadio III secondo Ann Arbor; rivalutazione secondo i criteri di "
        "Lugano dopo 4 cicli R-CHOP.",
        ("Servizio di radiologia", "TC addome", "linfoma non Hodgkin", "Ann Arbor", "criteri di Lugano", "R-CHOP"),
    ),
    (
        "ch06",
        "it",
        "Referto dettato dal Dr. ⟦PERSON:Cattaneo⟧, trascritto da ⟦PERSON:M. Bernasconi⟧ il "
        "⟦DATE:21.03.2025⟧. RM colonna lombare: ernia discale L5-S1 paramediana sinistra con compressione "
        "della radice S1. Contatto: figlia ⟦PERSON:Elisa Lurati⟧, ⟦PHONE:091 825 33 12⟧.",
        ("RM colonna lombare", "ernia discale L5-S1", "radice S1"),
    ),
    (
        "ch07",
        "de",
        "Fall-Nr. ⟦ID:40 218 775⟧ / Pat.-Nr. ⟦ID:1.488.302⟧\n"
        "⟦PERSON:Rüegg-Ammann, Verena⟧, ⟦AGE:91-jährig⟧, aus ⟦ADDRESS:Liestal⟧. CT Schädel nativ nach Sturz: "
        "Chronisches Subduralhämatom links frontoparietal, 14 mm, Mittellinienverlagerung 6 mm.",
        ("CT Schädel nativ", "Chronisches Subduralhämatom", "frontoparietal", "Mittellinienverlagerung 6 mm"),
    ),
    (
        "ch08",
        "de",
        "Kardio-MRI: Late Enhancement subepikardial lateral, vereinbar mit Myokarditis "
        "(Lake-Louise-Kriterien erfüllt).\n\n"
        "Freundliche Grüsse\n"
        "Dr. med. ⟦PERSON:Urs Gisler⟧, Oberarzt Radiologie\n"
        "Dr. med. ⟦PERSON:Mirjam Tanner-Okoye⟧, Assistenzärztin\n"
        "⟦INSTITUTION:Kantonsspital St. Gallen⟧, ⟦ADDRESS:Rorschacher Strasse 95⟧, ⟦ADDRESS:9007 St. Gallen⟧\n"
        "Kopie an: Dr. ⟦PERSON:P. Hungerbühler⟧, Kardiologie",
        (
            "Kardio-MRI",
            "Late Enhancement",
            "Myokarditis",
            "Lake-Louise-Kriterien",
            "Oberarzt Radiologie",
            "Assistenzärztin",
            "Kardiologie",
        ),
    ),
    (
        "ch09",
        "de",
        "Bericht an: Frau Dr. ⟦PERSON:Salome von Moos⟧, Gynäkologie, ⟦ADDRESS:Luzern⟧. Patientin "
        "⟦PERSON:Ana Sofía de la Torre⟧, 38 J. Sonographie Becken: Endometriom Ovar links 4 cm, kein "
        "Douglas-Erguss. O-RADS US 3.",
        ("Gynäkologie", "38 J.", "Sonographie Becken", "Endometriom", "Douglas-Erguss", "O-RADS US 3"),
    ),
    (
        "ch10",
        "de",
        "Krankenversicherer: CSS, Kartennummer ⟦ID:80756000010044712209⟧. Unfallversicherung SUVA, "
        "Schadennummer ⟦ID:12.34567.25.8⟧, Unfall vom ⟦DATE:30.04.2025⟧ in ⟦ADDRESS:Davos⟧.\n"
        "Röntgen Handgelenk: Distale Radiusfraktur AO 23-A2, Scaphoid intakt.",
        ("Röntgen Handgelenk", "Distale Radiusfraktur", "AO 23-A2", "Scaphoid"),
    ),
    (
        "ch11",
        "fr",
        "Rapport transmis au Dr ⟦PERSON:Philippe Chappuis⟧, ⟦INSTITUTION:HFR Fribourg⟧ (bip ⟦PHONE:3372⟧), le "
        "⟦DATE:2 juin 2025⟧ à 14h15. Angio-CT : dissection aortique de type Stanford A, extension aux troncs "
        "supra-aortiques, classification de DeBakey I.",
        ("Angio-CT", "dissection aortique", "Stanford A", "troncs supra-aortiques", "DeBakey I"),
    ),
    (
        "ch12",
        "de",
        "PID ⟦ID:00-884-2917⟧ · ⟦PERSON:Hürlimann, Noah⟧ · ⟦DATE:2014-06-30⟧ · Mutter: "
        "⟦PERSON:Deborah Hürlimann-Egli⟧, ⟦EMAIL:d.huerlimann@bluewin.ch⟧\n"
        "Röntgen Ellenbogen links: suprakondyläre Humerusfraktur Gartland II, positives Fettpolster-Zeichen, "
        "Baumann-Winkel 72°.",
        (
            "Röntgen Ellenbogen links",
            "suprakondyläre Humerusfraktur",
            "Gartland II",
            "Fettpolster-Zeichen",
            "Baumann-Winkel 72°",
        ),
    ),
    # ------------------------------------------------------------------ United Kingdom
    (
        "uk01",
        "en",
        "⟦INSTITUTION:Northfield Community Diagnostic Centre⟧, ⟦ADDRESS:Unit 4, Tanners Way⟧, "
        "⟦ADDRESS:Wakefield WF2 7AZ⟧\n"
        "Tel: ⟦PHONE:01924 318 442⟧  Fax: ⟦PHONE:01924 318 449⟧\n"
        "Patient: Mrs ⟦PERSON:Eileen Margaret Thwaites⟧  DOB: ⟦DATE:03/10/1949⟧  NHS No: ⟦ID:485 777 3456⟧\n"
        "CT colonography: 22 mm sessile polyp in the sigmoid colon (C-RADS C3). No extracolonic findings of "
        "note (E1).",
        ("CT colonography", "22 mm sessile polyp", "sigmoid colon", "C-RADS C3", "(E1)"),
    ),
    (
        "uk02",
        "en",
        "Referred by Dr ⟦PERSON:Rhys Llewellyn-Jones⟧, GP, ⟦INSTITUTION:Pontcanna Surgery⟧, "
        "⟦ADDRESS:Cardiff⟧, under the 2-week-wait pathway (NICE NG12). Chest X-ray PA: Right hilar "
        "enlargement with a 3.5 cm perihilar mass. Recommend urgent CT staging.",
        ("2-week-wait pathway", "NICE NG12", "Chest X-ray PA", "3.5 cm perihilar mass", "CT staging"),
    ),
    (
        "uk03",
        "en",
        "MRI brain with gadolinium (Dotarem): Multiple periventricular and juxtacortical T2 hyperintensities "
        "with Dawson's fingers, fulfilling McDonald 2017 criteria for dissemination in space.\n"
        "Reported by: Dr ⟦PERSON:Oluwaseun Adeyemi⟧, ST4 Radiology Registrar (bleep ⟦PHONE:2714⟧)\n"
        "Verified by: Dr ⟦PERSON:Fiona MacAulay⟧, Consultant Radiologist, ⟦DATE:12/06/2025⟧ 17:48\n"
        "Typed by: ⟦PERSON:JH⟧",
        (
            "Dotarem",
            "periventricular",
            "Dawson's fingers",
            "McDonald 2017 criteria",
            "ST4 Radiology Registrar",
            "Consultant Radiologist",
        ),
    ),
    (
        "uk04",
        "en",
        "Clinical details: ⟦AGE:93yo⟧ lady, fall at home, found by her neighbour Mr "
        "⟦PERSON:Desmond O'Reilly⟧. Next of kin: son ⟦PERSON:Gareth Pryce⟧, ⟦PHONE:07700 914 263⟧.\n"
        "CT head: No acute intracranial haemorrhage. Established small vessel disease. Old left PCA territory "
        "infarct.",
        ("CT head", "intracranial haemorrhage", "small vessel disease", "PCA territory infarct"),
    ),
    (
        "uk05",
        "en",
        "Hospital No: ⟦ID:K0442871⟧  Accession: ⟦ID:RAD-25-0311772⟧  Ward: Kingfisher\n"
        "Name: ⟦PERSON:OKONKWO, Chidinma Grace⟧  DOB ⟦DATE:21-Jan-1988⟧  Sex F\n"
        "Exam: US Pelvis transvaginal, ⟦DATE:5 June 2025⟧\n"
        "Findings: Right adnexal mass 6 cm, O-RADS 4. Free fluid in the pouch of Douglas.",
        ("US Pelvis transvaginal", "Right adnexal mass 6 cm", "O-RADS 4", "pouch of Douglas"),
    ),
    (
        "uk06",
        "en",
        "CHI: ⟦ID:1204567891⟧. Patient: ⟦PERSON:Callum MacLeod⟧, ⟦ADDRESS:14 Seaview Terrace⟧, "
        "⟦ADDRESS:Stornoway⟧, ⟦ADDRESS:HS1 2XH⟧. Referred from ⟦INSTITUTION:Western Isles Hospital⟧ for MR "
        "cholangiopancreatography: choledocholithiasis, 8 mm calculus in the distal CBD. No Mirizzi syndrome.",
        ("cholangiopancreatography", "choledocholithiasis", "8 mm calculus", "distal CBD", "Mirizzi syndrome"),
    ),
    (
        "uk07",
        "en",
        "MRI right hip: Cam-type femoroacetabular impingement, alpha angle 68°, anterosuperior labral tear. "
        "No avascular necrosis.\n"
        "For queries please contact the MSK imaging team on ⟦PHONE:020 7946 0321⟧ ext. ⟦PHONE:44182⟧ or "
        "⟦EMAIL:msk.imaging@royalthames.nhs.uk⟧.",
        (
            "Cam-type femoroacetabular impingement",
            "alpha angle 68°",
            "labral tear",
            "avascular necrosis",
            "MSK imaging team",
        ),
    ),
    (
        "uk08",
        "en",
        "ADDENDUM ⟦DATE:14th March 2025⟧: Discussed with Mr ⟦PERSON:Venkatesh Iyer⟧, Consultant Urologist, by "
        "telephone. The 4 mm calculus at the right VUJ is unchanged from the KUB of the ⟦DATE:2nd⟧. No "
        "hydronephrosis.",
        ("ADDENDUM", "Consultant Urologist", "4 mm calculus", "VUJ", "KUB", "hydronephrosis"),
    ),
    (
        "uk09",
        "en",
        "Comparison is made with the outside CT performed at ⟦INSTITUTION:Hollybush Private Hospital⟧, "
        "⟦ADDRESS:Tunbridge Wells⟧, on ⟦DATE:18 Feb 2024⟧ (images imported via IEP). The 12 mm right adrenal "
        "nodule measures 11 HU on unenhanced CT, consistent with a lipid-rich adenoma. No follow-up required "
        "per the ACR white paper.",
        ("IEP", "12 mm right adrenal nodule", "11 HU", "lipid-rich adenoma", "ACR white paper"),
    ),
    (
        "uk10",
        "en",
        "Breast screening round 3, ⟦INSTITUTION:Taff Valley Breast Unit⟧. Client: ⟦PERSON:Siân Ní Bhriain⟧, "
        "SX number ⟦ID:SX4417208⟧. Recall for assessment: 9 mm spiculate mass left UOQ, M4 (RCR scale), U4 on "
        "ultrasound. Core biopsy (14G) performed, B5b.",
        (
            "Breast screening round 3",
            "spiculate mass left UOQ",
            "M4 (RCR scale)",
            "U4 on ultrasound",
            "Core biopsy (14G)",
            "B5b",
        ),
    ),
    (
        "uk11",
        "en",
        "MDT outcome Tuesday ⟦DATE:8 April⟧ (chair: Mr ⟦PERSON:Kwame Boateng⟧; radiology: Dr "
        "⟦PERSON:Mei-Ling Chan⟧; CNS: ⟦PERSON:Aoife Gallagher⟧). cT3 cN1 cM0 rectal adenocarcinoma, MRF "
        "threatened, EMVI positive. For neoadjuvant chemoradiotherapy.",
        (
            "Tuesday",
            "cT3 cN1 cM0",
            "rectal adenocarcinoma",
            "MRF threatened",
            "EMVI positive",
            "neoadjuvant chemoradiotherapy",
        ),
    ),
    (
        "uk12",
        "en",
        "DEXA: L1–L4 T-score −1.8 (osteopenia). FRAX 10-year major osteoporotic fracture risk 14%. NOGG "
        "guidance: lifestyle advice.\n"
        "Dictated: ⟦DATE:02.05.25⟧ Transcribed: ⟦DATE:03.05.25⟧ (⟦PERSON:hp⟧) Authorised: Dr "
        "⟦PERSON:S. Czarnecki⟧",
        ("DEXA", "L1–L4 T-score −1.8", "osteopenia", "FRAX", "NOGG guidance"),
    ),
    (
        "uk13",
        "en",
        "RE: ⟦PERSON:FITZGERALD-NAIK, Priya⟧ DOB ⟦DATE:27.08.1994⟧ ⟦ADDRESS:Flat 2, 31 Alder Grove⟧, "
        "⟦ADDRESS:Leicester LE2 1QP⟧\n"
        "Dear Dr ⟦PERSON:Hamid⟧,\n"
        "Thank you for referring this 30-year-old woman with right iliac fossa pain. Ultrasound shows a "
        "non-compressible 8 mm appendix with periappendiceal fat stranding, in keeping with acute "
        "appendicitis (Alvarado score 8 per referral).",
        (
            "30-year-old",
            "right iliac fossa",
            "non-compressible 8 mm appendix",
            "acute appendicitis",
            "Alvarado score 8",
        ),
    ),
    (
        "uk14",
        "en",
        "Portable CXR, ⟦INSTITUTION:Hawthorn Lodge Nursing Home⟧ resident, aged ⟦AGE:96⟧. Carer "
        "⟦PERSON:Bożena Wróbel⟧ reports a new cough since the ⟦DATE:1st of May⟧. Right lower zone "
        "consolidation with small effusion. NG tube tip below the diaphragm.",
        ("Portable CXR", "Right lower zone consolidation", "small effusion", "NG tube", "diaphragm"),
    ),
    (
        "uk15",
        "en",
        "Patient: Mr ⟦PERSON:Terence Baker⟧, ⟦AGE:90⟧, ⟦ADDRESS:Salford⟧. Referrer: Dr "
        "⟦PERSON:Anjali Deshpande⟧, ⟦INSTITUTION:Ordsall Medical Practice⟧ (⟦PHONE:0161 206 4410⟧).\n"
        "Ultrasound left calf: No DVT. 4 cm ruptured Baker's cyst tracking into the medial gastrocnemius.",
        ("Ultrasound left calf", "DVT", "Baker's cyst", "medial gastrocnemius"),
    ),
    # ------------------------------------------------------------------ United States
    (
        "us01",
        "en",
        "⟦INSTITUTION:Cedar Ridge Imaging Associates⟧ | ⟦ADDRESS:2200 Holloway Blvd, Suite 140⟧, "
        "⟦ADDRESS:Greensboro⟧, NC ⟦ADDRESS:27405⟧ | P ⟦PHONE:(336) 555-0148⟧ | F ⟦PHONE:(336) 555-0149⟧\n"
        "Patient: ⟦PERSON:Delgado-Ruiz, Marisol⟧  DOB: ⟦DATE:7/14/1962⟧  MRN: ⟦ID:004471823⟧\n"
        "CT abdomen/pelvis w/ contrast (Omnipaque 350, 100 mL): 2.8 cm enhancing right renal mass, Bosniak "
        "class IV; no renal vein invasion.",
        ("Omnipaque 350, 100 mL", "2.8 cm enhancing right renal mass", "Bosniak class IV", "renal vein invasion"),
    ),
    (
        "us02",
        "en",
        "Hx: ⟦AGE:91 y/o⟧ M w/ dementia, fall. Contact: wife ⟦PERSON:Dolores Whitfield⟧ (⟦PHONE:555-0172⟧), "
        "POA. CT C-spine w/o contrast: Type II dens fracture (Anderson-D'Alonzo), no retropulsion. Canadian "
        "C-spine rule applied in ED.",
        ("CT C-spine", "Type II dens fracture", "Anderson-D'Alonzo", "retropulsion", "Canadian C-spine rule"),
    ),
    (
        "us03",
        "en",
        "ACC# ⟦ID:CT2505170093⟧ | MRN ⟦ID:E8821047⟧ | FIN ⟦ID:51004478321⟧ | Exam date ⟦DATE:05/17/2025⟧\n"
        "Pt: ⟦PERSON:Nguyen, Bao Tran⟧ | Ordering: ⟦PERSON:Hollis, Grant⟧ MD | Location: ED Pod C\n"
        "CTA chest: No pulmonary embolism. Incidental 5 mm solid RUL nodule; per Fleischner 2017, no routine "
        "follow-up for a low-risk patient.",
        ("CTA chest", "pulmonary embolism", "5 mm solid RUL nodule", "Fleischner 2017"),
    ),
    (
        "us04",
        "en",
        "Outside films from ⟦INSTITUTION:Lakeshore Bone & Joint⟧ reviewed (⟦DATE:Oct 3rd, 2024⟧). His son, "
        "⟦PERSON:Marcus Ellery⟧, provided the disc. MRI lumbar spine: L4-5 grade 1 anterolisthesis "
        "(Meyerding I), moderate central canal stenosis, facet arthropathy.",
        (
            "MRI lumbar spine",
            "L4-5 grade 1 anterolisthesis",
            "Meyerding I",
            "central canal stenosis",
            "facet arthropathy",
        ),
    ),
    (
        "us05",
        "en",
        "Critical result called to Dr. ⟦PERSON:R. Okafor⟧ (pager ⟦PHONE:3-7719⟧) at 02:35 on "
        "⟦DATE:6/2/25⟧, read back confirmed. Findings: large left MCA territory infarct with hemorrhagic "
        "transformation (ECASS PH2). For questions call the reading room, x⟦PHONE:5521⟧.",
        ("read back confirmed", "MCA territory infarct", "hemorrhagic transformation", "ECASS PH2", "reading room"),
    ),
    (
        "us06",
        "en",
        "Insurance: Medicare Part B; secondary Aetna. Member ID: ⟦ID:1EG4-TE5-MK72⟧ (MBI). Subscriber: "
        "⟦PERSON:Gloria J. Pettigrew⟧ (self). Prior auth # ⟦ID:PA-88310457⟧.\n"
        "Screening low-dose CT chest: Lung-RADS 2, 40 pack-years, quit 2016. Moderate coronary artery "
        "calcification.",
        ("Medicare Part B", "low-dose CT chest", "Lung-RADS 2", "40 pack-years", "coronary artery calcification"),
    ),
    (
        "us07",
        "en",
        "Registration: ⟦PERSON:José Luis Barrientos Quiñones⟧, SSN ⟦ID:412-55-0917⟧, "
        "⟦ADDRESS:4810 W Cermak Rd, Apt 2F⟧, ⟦ADDRESS:Cicero⟧, IL ⟦ADDRESS:60804⟧; cell "
        "⟦PHONE:708-555-0193⟧.\n"
        "XR left ankle 3 views: Nondisplaced lateral malleolus fracture, Weber B. Ottawa ankle rules positive.",
        ("XR left ankle 3 views", "lateral malleolus fracture", "Weber B", "Ottawa ankle rules"),
    ),
    (
        "us08",
        "en",
        "IR consult: Requested by Dr. ⟦PERSON:Hyun-woo Park⟧ (Hepatology). Patient ⟦PERSON:Takahashi, Emiko⟧, "
        "Child-Pugh B7, MELD 14. Proposed TIPS for refractory ascites; Doppler US shows a patent portal vein. "
        "Discussed with the patient's husband ⟦PERSON:Kenji Takahashi⟧ by phone ⟦PHONE:(206) 555-0137⟧.",
        ("Hepatology", "Child-Pugh B7", "MELD 14", "TIPS", "refractory ascites", "Doppler US", "patent portal vein"),
    ),
    (
        "us09",
        "en",
        "ADDENDUM (⟦DATE:2025-03-28⟧): On re-review with the prior from "
        "⟦INSTITUTION:St. Bernadette Medical Pavilion⟧ dated ⟦DATE:March 2, 2023⟧, the 1.4 cm pancreatic cyst "
        "is stable; no worrisome features per the 2017 ACR white paper and the Fukuoka criteria.",
        ("1.4 cm pancreatic cyst", "worrisome features", "2017 ACR white paper", "Fukuoka criteria"),
    ),
    (
        "us10",
        "en",
        "Screening mammogram, bilateral, with tomosynthesis: BI-RADS 0, focal asymmetry in the left breast at "
        "posterior depth; recall for diagnostic views.\n"
        "Electronically signed by: ⟦PERSON:Rebecca A. Lindholm⟧, MD, Diagnostic Radiology, on "
        "⟦DATE:04/22/2025⟧ 3:14 PM CDT. NPI ⟦ID:1487726330⟧.\n"
        "Dictated by ⟦PERSON:Omar Haddad⟧, MD (resident). Transcriptionist: ⟦PERSON:kmw⟧.",
        ("tomosynthesis", "BI-RADS 0", "focal asymmetry", "diagnostic views", "Diagnostic Radiology"),
    ),
    (
        "us11",
        "en",
        "Portable AP chest from ⟦INSTITUTION:Pinecrest Veterans Residence⟧. ⟦AGE:98-year-old⟧ female. PICC "
        "placed via the right basilic vein, tip at the cavoatrial junction. Left Pleurx catheter in place. "
        "Sister ⟦PERSON:Harriet Quimby-Moss⟧ at bedside.",
        ("Portable AP chest", "PICC", "right basilic vein", "cavoatrial junction", "Pleurx catheter"),
    ),
    (
        "us12",
        "en",
        "Referring: Dr. ⟦PERSON:Samir Al-Mansouri⟧, ⟦INSTITUTION:Bayou City Cardiology⟧, ⟦ADDRESS:Houston⟧, "
        "TX. Patient: ⟦PERSON:Harpreet Kaur Sandhu⟧ (DOB ⟦DATE:11-02-1970⟧).\n"
        "Cardiac MRI: LVEF 38%, subendocardial LGE in the LAD territory, >50% transmurality. ICD candidate per "
        "ACC/AHA guidelines.",
        ("Cardiac MRI", "LVEF 38%", "subendocardial LGE", "LAD territory", "ACC/AHA guidelines"),
    ),
    (
        "us13",
        "en",
        "Pediatric Radiology. Patient ⟦PERSON:Aiden Kowalski-Reyes⟧, DOB ⟦DATE:Sept 9, 2019⟧. Parent contact: "
        "⟦PERSON:Tamsin Reyes⟧, ⟦EMAIL:tamsin.reyes77@gmail.com⟧.\n"
        "VCUG: Grade III vesicoureteral reflux on the left. No posterior urethral valves.",
        ("Pediatric Radiology", "VCUG", "Grade III vesicoureteral reflux", "posterior urethral valves"),
    ),
    (
        "us14",
        "en",
        "Comparison: MRI ⟦DATE:01/2024⟧ at ⟦INSTITUTION:Back Bay Neuro Imaging⟧, ⟦ADDRESS:Boston⟧. Attending: "
        "Dr. ⟦PERSON:Declan MacDermott⟧; fellow: Dr. ⟦PERSON:Saoirse O'Donoghue⟧.\n"
        "MRI brain: 9 mm left vestibular schwannoma, Koos grade I, stable. Chiari I malformation, tonsillar "
        "ectopia 7 mm.",
        ("vestibular schwannoma", "Koos grade I", "Chiari I malformation", "tonsillar ectopia 7 mm"),
    ),
    (
        "us15",
        "en",
        "Bone scan (Tc-99m MDP): Superscan pattern, diffuse osseous metastatic disease.\n"
        "Images available at ⟦URL:https://share.summitviewradiology.com/s/8KQ2ZP⟧ for 30 days. Mail CD to: "
        "⟦PERSON:Ingrid Søndergaard⟧, ⟦ADDRESS:77 Harbor Lane⟧, ⟦ADDRESS:Bar Harbor⟧, ME "
        "⟦ADDRESS:04609-1207⟧.",
        ("Tc-99m MDP", "Superscan pattern", "osseous metastatic disease", "for 30 days"),
    ),
)


def country(ex: Excerpt) -> str:
    """The excerpt's country code (de, at, ch, uk, us), taken from its id prefix."""
    return ex.id[:2]


def _overlaps(text: str, term: str, spans: list[tuple[int, int, str]]) -> bool:
    """True when every occurrence of `term` in `text` touches a PHI span."""
    start = text.find(term)
    while start >= 0:
        end = start + len(term)
        if not any(s < end and start < e for s, e, _ in spans):
            return False
        start = text.find(term, start + 1)
    return True


def build_excerpts(raw: tuple[tuple[str, str, str, tuple[str, ...]], ...]) -> list[Excerpt]:
    """Parse (id, lang, marked text, keep-terms) rows; also used by later held-out corpora."""
    out: list[Excerpt] = []
    seen: set[str] = set()
    for eid, lang, marked, keep in raw:
        if eid in seen or eid[:2] not in COUNTRIES:
            raise ValueError(f"bad or repeated excerpt id {eid!r}")
        seen.add(eid)
        text, spans = strip_markup(marked)
        for term in keep:
            if term not in text or _overlaps(text, term, spans):
                raise ValueError(f"{eid}: keep-term {term!r} absent or only inside PHI")
        out.append(Excerpt(eid, lang, text, tuple(spans), tuple(keep)))
    return out


EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
