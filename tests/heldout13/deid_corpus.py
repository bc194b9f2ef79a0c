# ruff: noqa: E501
"""Held-out 13: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/deid/`), nor its tests, nor
tests/dev14t/, nor bench/, nor the excerpts of any earlier held-out corpus, nor docs/deid.md.
Unlike held-out 12 (which concentrated on the hardest classes) this set tries to look like what a
hospital really exports, in realistic proportions: whole short reports and letters with RIS/HIS
headers, findings, impressions, signatures and cc lines, addenda and corrections, tumour boards and
MDTs, outside and prior studies, phone notes about critical findings, consent and interpreter notes,
requests and order forms, discharge summaries that mention imaging, screening letters, procedure
notes. All PHI classes in national forms (DE/AT/CH in German, French and Italian, UK, US): names of
many origins with and without titles or labels, relatives, guardians and interpreters, facilities
with and without keywords, address blocks, dates, phones and extensions, bleeps, IDs (MRN, Fallnr.,
SVNR, AHV, NHS/CHI/H&C, GMC, NPI, MBI, accession), e-mails, URLs, ages over 89. Keep-terms as hard:
eponyms that are also surnames (some in the same excerpt as a person of that surname), anatomy,
drugs, contrast agents, devices, scanner models, sequences, scores and classifications, place-named
classifications, capitalised German nouns that are also surnames, image references, vertebral
levels, young ages, bare years.

Markup, labels and span conventions are held-out 11's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, weekdays, ages under 90, bare years, US state codes, legal-form suffixes
and generic department names outside the spans); ids start with the country code.

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import COUNTRIES, LABELS, Excerpt, build_excerpts, country

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]

# (id, lang, marked text, keep-terms)
_RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # ---------------- DE ----------------
    (
        "de01",
        "de",
        "⟦INSTITUTION:Klinikum Oberhavel-Süd⟧ · Institut für Radiologie · Chefarzt Prof. Dr. ⟦PERSON:Gernot Vollrath⟧\n"
        "Pat.: ⟦PERSON:Brückner, Annelie⟧ | geb. ⟦DATE:04.09.1957⟧ | Pat.-Nr. ⟦ID:40188273⟧ | Fall ⟦ID:7300451926⟧ | Station K3\n"
        "Untersuchung: CT Thorax mit KM (⟦DATE:17.03.2026⟧, 10:42 Uhr), 80 ml Imeron 350\n"
        "Befund: Neu aufgetretener Rundherd im Segment 6 rechts, 9 mm (Serie 4, Bild 131). Keine Lymphadenopathie. Kerley-B-Linien beidseits.\n"
        "Beurteilung: Solider Rundherd, nach Fleischner-Kriterien Kontrolle in 3 Monaten.\n"
        "Dr. med. ⟦PERSON:Sanja Petrović⟧, Fachärztin für Radiologie",
        ("Imeron 350", "Segment 6", "Serie 4, Bild 131", "Kerley-B-Linien", "Fleischner-Kriterien"),
    ),
    (
        "de02",
        "de",
        "⟦INSTITUTION:Evangelisches Krankenhaus Wiesental⟧ · Klinik für Innere Medizin · ⟦ADDRESS:Am Mühlbach 14⟧, ⟦ADDRESS:79650 Schopfheim⟧\n"
        "Sehr geehrter Herr Kollege Dr. ⟦PERSON:Haas⟧,\n"
        "wir berichten über Ihren Patienten Herrn ⟦PERSON:Ottmar Leitner⟧, geb. ⟦DATE:22.11.1948⟧, der sich vom ⟦DATE:09.03.2026⟧ bis ⟦DATE:16.03.2026⟧ in unserer stationären Behandlung befand.\n"
        "Diagnosen: Ambulant erworbene Pneumonie rechts basal; Z. n. Hemikolektomie rechts 2018.\n"
        "Bildgebung: Röntgen-Thorax p.a. und seitlich: Infiltrat im Unterlappen rechts, kleiner Erguss. Sono Abdomen: Stein im Gallenblasenhals ohne Cholezystitis.\n"
        "Medikation bei Entlassung: Amoxicillin/Clavulansäure 875/125 mg 1-0-1, Eliquis 5 mg 1-0-1.\n"
        "Mit freundlichen kollegialen Grüßen\n"
        "Dr. ⟦PERSON:Friederike Amsel⟧, Oberärztin",
        (
            "Hemikolektomie rechts 2018",
            "Unterlappen rechts",
            "Stein im Gallenblasenhals",
            "Amoxicillin/Clavulansäure",
            "Eliquis 5 mg",
        ),
    ),
    (
        "de03",
        "de",
        "Kritischer Befund – telefonische Mitteilung\n"
        "CTA Lungenarterien vom ⟦DATE:18.03.2026⟧: zentrale Lungenarterienembolie beidseits, RV/LV-Quotient 1,3.\n"
        "Befund um 23:14 Uhr telefonisch an den diensthabenden Arzt der ZNA, ⟦PERSON:Malte Szymanski⟧ (Durchwahl ⟦PHONE:4471⟧), durchgegeben; Rückruf bestätigt.\n"
        "Patientin ⟦PERSON:Gül Aydoğan⟧, Aufn.-Nr. ⟦ID:26-0082114⟧.\n"
        "gez. ⟦PERSON:Kühn⟧ / Radiologie Dienst",
        ("Lungenarterienembolie", "RV/LV-Quotient 1,3", "ZNA"),
    ),
    (
        "de04",
        "de",
        "NACHTRAG vom ⟦DATE:20.03.2026⟧ zum Befund MRT LWS vom ⟦DATE:19.03.2026⟧ (Auftrag ⟦ID:RA-2603-11872⟧)\n"
        "Nach Rücksprache mit Frau ⟦PERSON:Wenzel⟧ (Orthopädie, ⟦INSTITUTION:Praxisklinik am Rosengarten⟧) wird ergänzt: Sequester in Höhe LWK 4/5 mit Kompression der Wurzel L5 links, Pfirrmann IV. Modic I an den Deckplatten.\n"
        "Der übrige Befund bleibt unverändert.\n"
        "Prof. Dr. ⟦PERSON:Hartwig Ebersbach-Liu⟧",
        ("LWK 4/5", "Wurzel L5 links", "Pfirrmann IV", "Modic I", "Sequester"),
    ),
    (
        "de05",
        "de",
        "Interdisziplinäres Tumorboard Viszeralonkologie – Mittwoch, ⟦DATE:25.03.2026⟧\n"
        "Teilnehmer: Prof. Dr. ⟦PERSON:Reinholz⟧ (Chirurgie), Dr. ⟦PERSON:Ngozi Eze⟧ (Onkologie), PD Dr. ⟦PERSON:Timo Wachtendonk⟧ (Radiologie), Dr. ⟦PERSON:Lüders⟧ (Strahlentherapie)\n"
        "Patient: ⟦PERSON:Kazimierz Nowicki⟧, * ⟦DATE:03.06.1955⟧, ID ⟦ID:2004418835⟧\n"
        "Fragestellung: Resektabilität bei Pankreaskopfkarzinom.\n"
        "Bildgebung (CT Abdomen, MRCP ⟦DATE:21.03.2026⟧): hypodense Raumforderung im Pankreaskopf, 28 mm, Kontakt zur V. mesenterica superior < 180°, A. mesenterica superior frei. Kein Anhalt für Lebermetastasen.\n"
        "Empfehlung: Borderline resektabel nach NCCN; neoadjuvant FOLFIRINOX, Re-Staging nach 4 Zyklen.",
        ("Pankreaskopfkarzinom", "V. mesenterica superior", "A. mesenterica superior", "NCCN", "FOLFIRINOX", "MRCP"),
    ),
    (
        "de06",
        "de",
        "MRT Schulter rechts\n"
        "Voraufnahmen: Fremd-MRT vom ⟦DATE:11/2025⟧ aus der ⟦INSTITUTION:Radiologie Dreiländereck⟧ (⟦ADDRESS:Lörrach⟧), digital eingelesen; Röntgen ⟦DATE:02.01.2026⟧ Hausarzt Dr. ⟦PERSON:Bienert⟧.\n"
        "Befund: Transmurale Ruptur der Supraspinatussehne mit Retraktion bis Patte II, fettige Degeneration Goutallier 2. Hill-Sachs-Delle am Humeruskopf. Bankart-Läsion nicht abgrenzbar.\n"
        "Beurteilung: Im Vergleich zur Voruntersuchung Größenprogredienz der Ruptur.",
        ("Supraspinatussehne", "Patte II", "Goutallier 2", "Hill-Sachs-Delle", "Bankart-Läsion", "Humeruskopf"),
    ),
    (
        "de07",
        "de",
        "Anforderung Radiologie – Überweisungsschein\n"
        "Überweiser: ⟦INSTITUTION:Hausarztpraxis Kessler & Oduya⟧, BSNR ⟦ID:721045600⟧, LANR ⟦ID:384920101⟧\n"
        "Versicherte/r: ⟦PERSON:Ilić, Dragana⟧, ⟦ADDRESS:Heinrich-Heine-Straße 41a⟧, ⟦ADDRESS:44137 Dortmund⟧, Vers.-Nr. ⟦ID:M482913775⟧\n"
        "Auftrag: Sono Schilddrüse, bekannte Knoten, Verlaufskontrolle; TSH 0,2 mU/l unter L-Thyroxin 75 µg.\n"
        "Rückfragen: ⟦PHONE:0231 98 44 01-12⟧",
        ("Sono Schilddrüse", "TSH 0,2 mU/l", "L-Thyroxin 75 µg"),
    ),
    (
        "de08",
        "de",
        "MRT Knie links nativ, 3 T (Magnetom Vida), Sequenzen PD fs cor/sag/tra, T1 cor\n"
        "Pat.: ⟦PERSON:Jannik Haferkamp⟧, 24 J., Sportunfall am ⟦DATE:08.03.2026⟧\n"
        "Befund: Korbhenkelriss des Innenmeniskushinterhorns mit Fragment in der Fossa intercondylaris (Double-PCL-Sign). Segond-Fraktur an der lateralen Tibia. Vordere Kreuzbandruptur. Hoffa-Fettkörper ödematös. Kleine Baker-Zyste.\n"
        "Beurteilung: Komplexe Knie-Binnenverletzung, operative Versorgung empfohlen.\n"
        "Befundet von Dr. ⟦PERSON:Leonie Baker⟧, zweitbefundet Dr. ⟦PERSON:Horn⟧",
        (
            "Magnetom Vida",
            "PD fs",
            "Korbhenkelriss",
            "Innenmeniskushinterhorns",
            "Double-PCL-Sign",
            "Segond-Fraktur",
            "Hoffa-Fettkörper",
            "Baker-Zyste",
            "24 J.",
        ),
    ),
    (
        "de09",
        "de",
        "Aufklärung Kontrastmittelgabe (MRT Leber mit Primovist)\n"
        "Die Aufklärung von Frau ⟦PERSON:Hoang Thi Lan⟧ (geb. ⟦DATE:30.01.1969⟧) erfolgte mit Hilfe der Dolmetscherin Frau ⟦PERSON:Mai Nguyen-Berger⟧ (Vietnamesisch) über das Dolmetscher-Telefon ⟦PHONE:0800 7234 665⟧.\n"
        "Anwesend: Ehemann ⟦PERSON:Tuan Hoang⟧. eGFR 68 ml/min, keine Allergien bekannt. Einverständnis schriftlich am ⟦DATE:12.03.2026⟧.\n"
        "Aufklärende Ärztin: ⟦PERSON:Christina Oberländer⟧",
        ("Primovist", "eGFR 68 ml/min", "Vietnamesisch", "Kontrastmittelgabe"),
    ),
    (
        "de10",
        "de",
        "⟦INSTITUTION:Mammographie-Screening-Einheit Niederrhein-West⟧ · Programmverantwortlicher Arzt: Dr. ⟦PERSON:Ruprecht Alkemade⟧\n"
        "Teilnehmerin: ⟦PERSON:Schulte-Vennhaus, Birgit⟧ · geb. ⟦DATE:12.12.1966⟧ · Einladungs-Nr. ⟦ID:NRW-0448-219930⟧\n"
        "Befund: ACR-Dichte C. Rechts oben außen 7 mm spikulierte Verdichtung mit gruppiertem pleomorphem Mikrokalk, BI-RADS 4c. Links unauffällig, BI-RADS 1.\n"
        "Empfehlung: Stanzbiopsie (stereotaktisch, Vakuumbiopsie) in der Abklärungseinheit ⟦INSTITUTION:Brustzentrum Moers⟧.",
        ("ACR-Dichte C", "BI-RADS 4c", "BI-RADS 1", "Mikrokalk", "Vakuumbiopsie"),
    ),
    (
        "de11",
        "de",
        "Röntgen Handgelenk links in 2 Ebenen\n"
        "Kind: ⟦PERSON:Mila Ferreira Santos⟧, 8 Jahre, Begleitperson Mutter ⟦PERSON:Juliana Ferreira⟧\n"
        "Klinik: Sturz vom Trampolin am Samstag, ⟦DATE:14.03.⟧\n"
        "Befund: Wulstfraktur (Torus-Fraktur) des distalen Radius metaphysär, keine Beteiligung der Epiphysenfuge (kein Salter-Harris). Ulna intakt. Knochenalter altersentsprechend.\n"
        "Überweisende Kinderärztin: Dr. ⟦PERSON:Yasemin Korkmaz⟧, ⟦ADDRESS:Bahnhofstr. 7⟧, ⟦ADDRESS:72764 Reutlingen⟧",
        ("8 Jahre", "Wulstfraktur", "distalen Radius", "Salter-Harris", "Epiphysenfuge", "Trampolin"),
    ),
    (
        "de12",
        "de",
        "Röntgen Becken und Hüfte rechts axial\n"
        "⟦PERSON:Edeltraud Kranich⟧, ⟦AGE:94⟧-jährige Bewohnerin des ⟦INSTITUTION:Seniorenstifts Haus Abendsonne⟧, Sturz in der Nacht.\n"
        "Befund: Mediale Schenkelhalsfraktur rechts, Garden III, Pauwels II. Ausgeprägte Osteopenie. Coxarthrose links Kellgren-Lawrence 3.\n"
        "Kontakt Betreuerin: Frau ⟦PERSON:Roswitha Kranich-Demel⟧ (Tochter), ⟦PHONE:0172 4408813⟧\n"
        "OA ⟦PERSON:Wendelin Stroh⟧",
        ("Becken", "Schenkelhalsfraktur", "Garden III", "Pauwels II", "Kellgren-Lawrence 3", "Coxarthrose"),
    ),
    (
        "de13",
        "de",
        "Teleradiologischer Befund (Nachtdienst) für ⟦INSTITUTION:Kreiskrankenhaus Zschopautal⟧\n"
        "Befunder: Dr. ⟦PERSON:Aleksandr Gorbunov⟧, ⟦INSTITUTION:Teleradiologie Mitteldeutschland⟧ GmbH, ⟦EMAIL:befund@telerad-mdt.de⟧, ⟦URL:https://portal.telerad-mdt.de/befund/26031944⟧\n"
        "cCT nativ (Somatom go.Up) vom ⟦DATE:19.03.2026⟧ 02:31 Uhr, Pat.-ID ⟦ID:ZS-118403⟧\n"
        "Keine intrakranielle Blutung. Hyperdenses Mediazeichen links, ASPECTS 8. Alte lakunäre Defekte im Thalamus rechts. Fazekas 2.\n"
        "Befund vorab telefonisch an Fr. Dr. ⟦PERSON:Jablonski⟧",
        ("Somatom go.Up", "Hyperdenses Mediazeichen", "ASPECTS 8", "Thalamus rechts", "Fazekas 2", "cCT nativ"),
    ),
    (
        "de14",
        "de",
        "MRT Schädel mit KM (Gadovist 7,5 ml), Philips Ingenia 3.0T: 3D-FLAIR, DWI, SWI, T1 MPRAGE prä/post\n"
        "Patient ⟦PERSON:Felix Nussbaumer-Ost⟧ (32 J.), PID ⟦ID:5583920⟧\n"
        "Vergleich: Voruntersuchung ⟦DATE:14. September 2025⟧ (extern, ⟦INSTITUTION:Neurozentrum Lahn-Dill⟧)\n"
        "Befund: Zwei neue periventrikuläre T2-Läsionen, eine juxtakortikal frontal links, eine KM-aufnehmende Läsion im Balken. Dawson-Finger. Zentralvenenzeichen positiv.\n"
        "Beurteilung: Radiologische Aktivität; McDonald-Kriterien 2017 für räumliche und zeitliche Dissemination erfüllt.",
        (
            "Gadovist 7,5 ml",
            "Philips Ingenia",
            "3D-FLAIR",
            "T1 MPRAGE",
            "Dawson-Finger",
            "McDonald-Kriterien 2017",
            "32 J.",
        ),
    ),
    (
        "de15",
        "de",
        "Multiparametrische MRT der Prostata (PI-RADS v2.1), Magnetom Skyra, Buscopan 20 mg i.v.\n"
        "Zuweiser: ⟦INSTITUTION:Urologie am Marktplatz⟧, Dr. ⟦PERSON:Ansgar Bökamp⟧; Kopie an: Dr. ⟦PERSON:Raimund Feist⟧ (Hausarzt), ⟦ADDRESS:Kirchgasse 2⟧, ⟦ADDRESS:35510 Butzbach⟧\n"
        "PSA 8,4 ng/ml, PSA-Dichte 0,19. Vorbiopsie ⟦DATE:Juni 2025⟧ negativ.\n"
        "Befund: Läsion in der peripheren Zone links posterolateral Mitte, 11 mm, DWI 5, ADC-Minimum 620, PI-RADS 5, Kapselkontakt ohne Kapselüberschreitung.\n"
        "Beurteilung: Hochverdächtig, MRT/US-Fusionsbiopsie empfohlen.",
        (
            "PI-RADS v2.1",
            "Magnetom Skyra",
            "Buscopan 20 mg",
            "PSA-Dichte 0,19",
            "PI-RADS 5",
            "peripheren Zone",
            "MRT/US-Fusionsbiopsie",
        ),
    ),
    (
        "de16",
        "de",
        "Schockraum-CT (Polytrauma-Protokoll) – vorläufiger Befund, ⟦DATE:21.03.2026⟧\n"
        "Pat.: ⟦PERSON:Dennis Rahimi⟧, ca. 35 J., Fallnr. ⟦ID:0026118840⟧, eingeliefert per RTH Christoph 41 um 16:05 Uhr\n"
        "Befund: Milzlazeration AAST Grad III ohne aktive Blutung. Instabile Beckenringfraktur Typ C nach Tile. Dens-Fraktur Anderson-D'Alonzo Typ II. Rippenserienfraktur links 4-8.\n"
        "Mitgeteilt an Unfallchirurgie (OA ⟦PERSON:Brandt⟧, Tel. ⟦PHONE:5512⟧) um 16:31 Uhr.",
        (
            "Polytrauma-Protokoll",
            "RTH Christoph 41",
            "AAST Grad III",
            "Typ C nach Tile",
            "Anderson-D'Alonzo Typ II",
            "ca. 35 J.",
        ),
    ),
    (
        "de17",
        "de",
        "Befundkorrektur (Seitenangabe) – CT Abdomen vom ⟦DATE:05.03.2026⟧\n"
        "Patient: ⟦PERSON:Herbert Saalfeld⟧, geb. ⟦DATE:01.07.1939⟧, gesetzlicher Betreuer: Herr ⟦PERSON:Lukas Brenninkmeyer⟧ (⟦INSTITUTION:Betreuungsverein Caritas Emsland⟧ e.V.)\n"
        "Korrigiert: Die Nebennierenraumforderung (Inzidentalom, 21 mm, 8 HU nativ) liegt links, nicht rechts. Adenom, keine weitere Abklärung. Bosniak II Zyste der rechten Niere unverändert.\n"
        "Der Zuweiser (Dr. ⟦PERSON:Tewes⟧) wurde am ⟦DATE:06.03.2026⟧ informiert.",
        ("Nebennierenraumforderung", "8 HU", "Bosniak II", "rechten Niere"),
    ),
    (
        "de18",
        "de",
        "Interventionsbericht: TIPS-Anlage\n"
        "Pat.: ⟦PERSON:Roman Wojciechowski⟧, Aufnahme-Nr. ⟦ID:A2603-55102⟧, Eingriff am ⟦DATE:10.03.2026⟧\n"
        "Operateur: Prof. Dr. ⟦PERSON:Kamran Sheikholeslami⟧, Assistenz: ⟦PERSON:Jelena Marić⟧ (MTR)\n"
        "Zugang V. jugularis interna rechts. Punktion des rechten Pfortaderasts unter Sono- und Durchleuchtungskontrolle. Implantation eines Viatorr-Stentgrafts 10 mm × 6/2 cm. Portosystemischer Gradient von 18 auf 6 mmHg.\n"
        "Kontrastmittel: 95 ml Ultravist 300. Durchleuchtungszeit 14,2 min, DFP 4120 cGy·cm².",
        ("TIPS-Anlage", "V. jugularis interna", "Viatorr-Stentgrafts", "Ultravist 300", "Pfortaderasts"),
    ),
    (
        "de19",
        "de",
        "⟦INSTITUTION:Radiologie im Kaiserhof⟧ · ⟦ADDRESS:Kaiserstraße 118⟧ · ⟦ADDRESS:76133 Karlsruhe⟧\n"
        "⟦PHONE:+49 721 913 44-0⟧ · ⟦EMAIL:info@radiologie-kaiserhof.de⟧ · ⟦URL:www.radiologie-kaiserhof.de⟧\n"
        "Herrn Dr. med. ⟦PERSON:Volker Schmiedl⟧, ⟦INSTITUTION:Hausärztliche Gemeinschaftspraxis Durlach⟧\n"
        "Betr.: ⟦PERSON:Vogel, Henriette⟧, * ⟦DATE:19.04.1972⟧\n"
        "Sono Abdomen: Leber mit Steatosis hepatis Grad II, Milz 11 cm, Nieren beidseits regelrecht. Kein Aszites.",
        ("Steatosis hepatis Grad II", "Milz 11 cm", "Aszites", "Nieren beidseits"),
    ),
    (
        "de20",
        "de",
        "FDG-PET/CT (Biograph Vision 600), ⟦DATE:23.03.2026⟧, Interim nach 2 Zyklen ABVD\n"
        "Patientin: ⟦PERSON:Sophia-Marie Albrecht⟧, 27 J., Überweisung ⟦INSTITUTION:Onkologische Schwerpunktpraxis Ruhr-Mitte⟧, Dr. ⟦PERSON:Mehmet Cengiz⟧\n"
        "Befund: Vollständige metabolische Remission der mediastinalen Lymphome. Deauville-Score 2. Kein neuer Herd.\n"
        "Beurteilung: Complete metabolic response nach Lugano-Klassifikation; Hodgkin-Lymphom, Stadium IIA nach Ann Arbor.\n"
        "Nuklearmedizin: Dr. ⟦PERSON:Grete Hoffmann⟧; Radiologie: Dr. ⟦PERSON:Pilz⟧",
        (
            "Biograph Vision 600",
            "ABVD",
            "Deauville-Score 2",
            "Lugano-Klassifikation",
            "Hodgkin-Lymphom",
            "Ann Arbor",
            "27 J.",
        ),
    ),
    # ---------------- AT ----------------
    (
        "at01",
        "de",
        "⟦INSTITUTION:Landesklinikum Ybbstal⟧ – Abteilung für Radiologie – Prim. Dr. ⟦PERSON:Ferdinand Aichinger⟧\n"
        "Name: ⟦PERSON:PICHLER Theresia⟧   SVNR: ⟦ID:2817 090352⟧   Aufnahmezahl: ⟦ID:26-014472⟧\n"
        "CT Abdomen/Becken mit KM (Iomeron 400, 90 ml) vom ⟦DATE:4. Feber 2026⟧\n"
        "Befund: Sigmadivertikulitis mit gedeckter Perforation und 3 cm Abszess im kleinen Becken (Hinchey Ib). Freie Luft nicht nachweisbar.\n"
        "Befund vidiert: OA Dr. ⟦PERSON:Kristijan Babić⟧",
        ("Iomeron 400", "Sigmadivertikulitis", "Hinchey Ib", "kleinen Becken"),
    ),
    (
        "at02",
        "de",
        "Ordination Dr. ⟦PERSON:Ulrike Hainzl⟧ · Fachärztin für Radiologie · Kassenvertrag ÖGK\n"
        "⟦ADDRESS:Hauptplatz 21/1⟧, ⟦ADDRESS:8330 Feldbach⟧ · ⟦PHONE:03152/28 114⟧ · ⟦EMAIL:ordination@hainzl-radiologie.at⟧\n"
        "Zuweisung: Dr. ⟦PERSON:Gottfried Url⟧, Allgemeinmedizin\n"
        "Patient: ⟦PERSON:Reinhold Kapfenberger⟧, geb. ⟦DATE:11.10.1960⟧\n"
        "Röntgen LWS in 2 Ebenen: Spondylolisthesis L5/S1 Meyerding I bei Spondylolyse. Osteochondrose L4/L5. Baastrup-Phänomen L3-L5.\n"
        "Vidiert: ⟦PERSON:Hainzl⟧",
        ("Kassenvertrag ÖGK", "Meyerding I", "L5/S1", "Osteochondrose L4/L5", "Baastrup-Phänomen"),
    ),
    (
        "at03",
        "de",
        "⟦INSTITUTION:PVE Mürzzuschlag-Nord⟧ · Dr. ⟦PERSON:Sabine Trummer⟧ an Institut für Radiologie ⟦INSTITUTION:Diagnosezentrum Hochsteiermark⟧\n"
        "Ersuchen um: Sonographie Schilddrüse. Patientin ⟦PERSON:Ajla Hodžić⟧, 41 a, SVNR ⟦ID:4472 020885⟧\n"
        "Fragestellung: Knoten links tastbar, TSH normal, Hashimoto-Thyreoiditis bekannt.\n"
        "Befund: Links Knoten 18 mm, hypoechogen, taller-than-wide, EU-TIRADS 5. Feinnadelpunktion empfohlen.",
        ("41 a", "Hashimoto-Thyreoiditis", "EU-TIRADS 5", "taller-than-wide", "Feinnadelpunktion"),
    ),
    (
        "at04",
        "de",
        "Telefonnotiz – kritischer Befund\n"
        "⟦DATE:7.3.2026⟧, 03:12: MRT Wirbelsäule bei Herrn Ing. ⟦PERSON:Walter Rechberger⟧ (⟦AGE:91⟧ a) zeigt epiduralen Abszess Th 9 bis Th 11 mit Myelonkompression.\n"
        "Verständigt: Neurochirurgie ⟦INSTITUTION:Klinikum Traunviertel-Nord⟧, Diensthabender Dr. ⟦PERSON:Stefan Haslinger⟧, ⟦PHONE:+43 5 7680 83-6010⟧; Übernahme zugesagt.\n"
        "Dokumentiert von DGKP ⟦PERSON:Manuela Leitgeb⟧ im Auftrag von OA ⟦PERSON:Grill⟧",
        ("Th 9 bis Th 11", "Myelonkompression", "epiduralen Abszess"),
    ),
    (
        "at05",
        "de",
        "Tumorboard Lunge ⟦INSTITUTION:LKH Murtal⟧ vom ⟦DATE:17. Jänner 2026⟧\n"
        "Vorgestellt von: OÄ Dr. ⟦PERSON:Elisabeth Nöst⟧ (Pulmologie)\n"
        "Pat.: ⟦PERSON:Zoran Jovanović⟧, *⟦DATE:1958-03-26⟧\n"
        "CT Thorax und PET-CT: zentraler Tumor im Oberlappen links 4,2 cm mit Infiltration des Aortenbogens, ipsilaterale mediastinale Lymphknoten (4L, 5). cT4 N2 M0, Stadium IIIB nach UICC 8.\n"
        "Beschluss: Definitive Radiochemotherapie, anschließend Durvalumab. Wiedervorstellung nach Re-Staging.",
        ("Oberlappen links", "cT4 N2 M0", "UICC 8", "Durvalumab", "Aortenbogens", "(4L, 5)"),
    ),
    (
        "at06",
        "de",
        "MRT Knie rechts\n"
        "Vergleich: Vorbefund ⟦INSTITUTION:Diagnoseinstitut Wörthersee⟧ (⟦ADDRESS:Klagenfurt⟧) vom ⟦DATE:März 2024⟧\n"
        "Befund: Chondropathie retropatellar Outerbridge III. Mediale Plica. Zustand nach VKB-Plastik 2019, Transplantat intakt, Bohrkanäle regelrecht. Kleine Osgood-Schlatter-Residuen.\n"
        "Pat.: ⟦PERSON:Lena Moosbrugger⟧, 29 J.\n"
        "OA Dr. ⟦PERSON:Andreas Wurm⟧ / Befund diktiert ⟦DATE:21.3.26⟧",
        ("Outerbridge III", "VKB-Plastik 2019", "Osgood-Schlatter", "retropatellar", "29 J."),
    ),
    (
        "at07",
        "de",
        "Einverständniserklärung CT-gezielte Biopsie (Leber, Segment VII)\n"
        "Patient: ⟦PERSON:Adolf Schwaighofer⟧, geb. ⟦DATE:09.08.1944⟧, SVNR ⟦ID:1186 090844⟧\n"
        "Aufklärung mit gerichtlicher Erwachsenenvertreterin Mag. ⟦PERSON:Cornelia Steinwender⟧, ⟦ADDRESS:Kaiser-Josef-Platz 8⟧, ⟦ADDRESS:4600 Wels⟧, ⟦PHONE:07242 45 990⟧.\n"
        "Gerinnung: INR 1,1, Thrombozyten 210 G/l; Clexane pausiert seit 24 h. Koaxialnadel 17G, Stanze 18G.\n"
        "Aufklärender Arzt: Ass. Dr. ⟦PERSON:Lorenz Frühwirth⟧",
        ("Segment VII", "INR 1,1", "Clexane", "Koaxialnadel 17G", "Stanze 18G"),
    ),
    (
        "at08",
        "de",
        "Österreichisches Brustkrebs-Früherkennungsprogramm – ⟦INSTITUTION:Radiologie Zentrum Innviertel⟧\n"
        "Frau ⟦PERSON:Gerlinde Obermayr-Ziegler⟧, 52 a, SVNR ⟦ID:3310 140773⟧\n"
        "Mammographie und Tomosynthese beidseits: Dichte B. Rechts 12 Uhr, 4 cm von der Mamille, Architekturstörung 9 mm, BI-RADS 4a. Lymphknoten axillär unauffällig.\n"
        "Ergänzender Ultraschall: korrelierendes hypoechogenes Areal. Empfehlung: US-Stanzbiopsie.\n"
        "Erstbefunderin Dr. ⟦PERSON:Stöckl⟧, Zweitbefunder Dr. ⟦PERSON:Birnbacher⟧, Befund vom ⟦DATE:13.03.2026⟧",
        ("Tomosynthese", "Dichte B", "BI-RADS 4a", "12 Uhr", "Architekturstörung", "52 a"),
    ),
    (
        "at09",
        "de",
        "⟦INSTITUTION:Krankenhaus der Elisabethinen Steyrtal⟧ · Interne Abteilung\n"
        "Entlassungsbrief für Herrn ⟦PERSON:Mustafa Yılmaz⟧, geb. ⟦DATE:02.02.1953⟧, stationär ⟦DATE:2.–9. März 2026⟧\n"
        "Diagnose: NSTEMI, koronare Dreigefäßerkrankung.\n"
        "Bildgebung: Koronarangiographie (Judkins-Technik, femoral): RIVA proximal 90 %, RCX 70 %, RCA chronisch verschlossen. Echokardiographie LVEF 38 %. Thorax-Röntgen: Pleuraerguss rechts.\n"
        "Weiterbehandlung: Herzchirurgische Vorstellung ⟦INSTITUTION:Universitätsklinik für Herzchirurgie Salzach⟧ am ⟦DATE:24.3.⟧; Patient informiert, Sohn ⟦PERSON:Emre Yılmaz⟧ (⟦PHONE:0660 312 77 90⟧) begleitet.",
        ("NSTEMI", "Judkins-Technik", "RIVA proximal 90 %", "LVEF 38 %", "Pleuraerguss rechts"),
    ),
    (
        "at10",
        "de",
        "Säuglingshüftsonographie nach Graf – Zuweisung ⟦INSTITUTION:Kinderarztpraxis Wels-Pernau⟧\n"
        "Kind: ⟦PERSON:Valentina Lechner⟧, geb. ⟦DATE:28.01.2026⟧, Mutter ⟦PERSON:Kathrin Lechner⟧, Mutter-Kind-Pass\n"
        "Rechts: Alpha 62°, Beta 55°, Typ Ia. Links: Alpha 52°, Beta 72°, Typ IIa(-), Kontrolle in 4 Wochen.\n"
        "Untersucher: Dr. ⟦PERSON:Johann Graf⟧",
        ("nach Graf", "Alpha 62°", "Typ IIa(-)", "Mutter-Kind-Pass", "4 Wochen"),
    ),
    (
        "at11",
        "de",
        "Mechanische Thrombektomie – Interventionsprotokoll\n"
        "Pat.: ⟦PERSON:Friedrich Hölzl⟧, 78 a, Fallzahl ⟦ID:0926-113054⟧\n"
        "Zuweisung aus ⟦INSTITUTION:LKH Bad Radkersburg⟧ per Drip-and-Ship, Lyse mit Tenecteplase.\n"
        "Verschluss M1 links (Carotis-T frei). Aspiration mit React 71 und Stentretriever Solitaire X 6×40, TICI 2c nach 2 Manövern.\n"
        "Neuroradiologie: OA Dr. ⟦PERSON:Mario Zettl⟧, Anästhesie Dr. ⟦PERSON:Natalia Kuznetsova⟧; ⟦DATE:16.03.2026⟧",
        ("78 a", "Tenecteplase", "Carotis-T", "React 71", "Solitaire X", "TICI 2c", "Drip-and-Ship"),
    ),
    (
        "at12",
        "de",
        "Ihr Befund ist online abrufbar: ⟦URL:https://befunde.roentgen-ost.at/b/QX7K2M⟧ (Zugangscode ⟦ID:7731-4420⟧)\n"
        "Sehr geehrte Frau Dr. ⟦PERSON:Hauer⟧, wir danken für die Zuweisung von Frau ⟦PERSON:Iris Koller-Wimmer⟧ (geb. ⟦DATE:17.06.1981⟧).\n"
        "Röntgen Thorax p.a.: Herz normal groß, Sinus phrenicocostales frei, kein Infiltrat. Portkatheter über V. subclavia rechts, Spitze cavoatrial.\n"
        "⟦INSTITUTION:Röntgen Ost⟧ – Institut für bildgebende Diagnostik GmbH, ⟦ADDRESS:Simmeringer Hauptstraße 140⟧, ⟦ADDRESS:1110 Wien⟧",
        ("Sinus phrenicocostales", "Portkatheter", "V. subclavia rechts", "cavoatrial"),
    ),
    (
        "at13",
        "de",
        "CCT nativ bei Sturz – Pflegeheim\n"
        "Frau ⟦PERSON:Hermine Stadlober⟧, ⟦AGE:96⟧ Jahre, aus dem ⟦INSTITUTION:Haus Sonnenhang⟧ (Pflegeheim der Gemeinde ⟦ADDRESS:Gleisdorf⟧), Marcumar-Therapie.\n"
        "Befund: Subdurales Hämatom rechts frontoparietal, 9 mm, Mittellinienverlagerung 4 mm. Ausgeprägte Leukenzephalopathie Fazekas 3. Kein Kalottenbruch.\n"
        "Beurteilung: Akutes SDH; Neurochirurgie verständigt. Antagonisierung mit Beriplex.\n"
        "OÄ Dr. ⟦PERSON:Iris Gsellmann⟧, ⟦DATE:15.03.2026⟧ 21:40",
        ("Marcumar-Therapie", "Fazekas 3", "Kalottenbruch", "Beriplex", "Mittellinienverlagerung 4 mm"),
    ),
    (
        "at14",
        "de",
        "Betreff: MRT Becken (Rektum-Staging) – ⟦PERSON:Doppler, Leopold⟧, geb. ⟦DATE:23.11.1957⟧, Befundnummer ⟦ID:B-2026-031877⟧\n"
        "Befund: Rektumkarzinom 6 cm ab ano, mrT3c, EMVI positiv, MRF-Abstand 0,8 mm (MRF bedroht), mrN1. Mesorektale Faszie links tangiert. Farbdoppler der Leber ohne Herdbefund.\n"
        "Kopie: Chirurgische Ambulanz, ⟦INSTITUTION:Barmherzige Brüder St. Veit⟧; Hausarzt Dr. ⟦PERSON:Ewald Tschernutter⟧",
        ("mrT3c", "EMVI positiv", "MRF bedroht", "6 cm ab ano", "Mesorektale Faszie", "Farbdoppler"),
    ),
    (
        "at15",
        "de",
        "Röntgen Fuß rechts dp/schräg, Sprunggelenk 2 Ebenen\n"
        "Patient ⟦PERSON:Jakob Kienberger⟧ (17 J.), Schiunfall am Sonntag (⟦DATE:1.3.⟧)\n"
        "Befund: Weber-B-Fraktur der Fibula, Innenknöchel intakt, Syndesmose fraglich. Keine Lisfranc-Verletzung, Chopart-Gelenk regelrecht. Os trigonum als Normvariante. Ottawa Ankle Rules positiv.\n"
        "Dr. ⟦PERSON:Weber⟧ / Unfallambulanz ⟦INSTITUTION:Sanatorium Hochalm⟧",
        ("17 J.", "Weber-B-Fraktur", "Lisfranc-Verletzung", "Chopart-Gelenk", "Os trigonum", "Ottawa Ankle Rules"),
    ),
    (
        "at16",
        "de",
        "⟦INSTITUTION:Diagnosezentrum Urania-Mitte⟧ · ⟦ADDRESS:Radetzkystraße 9⟧, ⟦ADDRESS:1030 Wien⟧ · T ⟦PHONE:+43 1 713 28 60⟧ · F ⟦PHONE:+43 1 713 28 60-99⟧\n"
        "Patientin ⟦PERSON:Anna-Lena Fuchs⟧, 35 J., Zuweiser Dr. ⟦PERSON:Haidinger⟧\n"
        "MRT der Mammae mit KM (Dotarem): Hintergrundanreicherung minimal. Beidseits Silikonimplantate subpektoral, intakt, kein Linguini-Zeichen. BI-RADS 2.\n"
        "Datum: ⟦DATE:10.03.2026⟧",
        ("Dotarem", "Silikonimplantate", "Linguini-Zeichen", "BI-RADS 2", "35 J."),
    ),
    (
        "at17",
        "de",
        "PSMA-PET/CT (⁶⁸Ga-PSMA-11) nach RPE 2021\n"
        "Patient: Dipl.-Ing. ⟦PERSON:Konrad Pirker⟧, geb. ⟦DATE:05.05.1950⟧, PSA-Anstieg auf 0,41 ng/ml\n"
        "Befund: PSMA-positiver Lymphknoten iliakal extern links (SUVmax 9,2), miPSMA-Score 3, kein Lokalrezidiv, keine Knochenmetastasen. PROMISE miN1.\n"
        "Nuklearmedizin ⟦INSTITUTION:Klinikum Ennstal-Nord⟧, Dr. ⟦PERSON:Ulrich Moritsch⟧",
        ("⁶⁸Ga-PSMA-11", "RPE 2021", "SUVmax 9,2", "miPSMA-Score 3", "PROMISE miN1"),
    ),
    (
        "at18",
        "de",
        "Dolmetsch: Frau ⟦PERSON:Shirin Mohammadi⟧ (Farsi/Dari), Videodolmetsch-ID ⟦ID:VD-55128⟧\n"
        "Patient: ⟦PERSON:Ahmad Zia Rahimi⟧, geb. ⟦DATE:01.01.1990⟧\n"
        "Aufgeklärt über MRT mit Gadolinium (Clariscan), Herzschrittmacher ausgeschlossen, Tätowierungen am Unterarm.\n"
        "Unterschrift Patient und Dolmetsch am ⟦DATE:18.03.2026⟧; Arzt: Dr. ⟦PERSON:Mathias Reisinger⟧",
        ("Farsi/Dari", "Clariscan", "Herzschrittmacher", "Unterarm"),
    ),
    (
        "at19",
        "de",
        "Kardio-MRT (1,5 T, Magnetom Sola) mit LGE, Untersuchung ⟦DATE:12.3.2026⟧\n"
        "Pat.: ⟦PERSON:Harald Kammerlander⟧, 44 J., Zuweisung Kardiologie ⟦INSTITUTION:Herz-Kreislauf-Zentrum Mödling-Süd⟧\n"
        "Befund: Linke Kammer normal groß, LVEF 57 %. Subepikardiales LGE inferolateral basal, T2-Mapping erhöht (Lake-Louise-Kriterien erfüllt). Perikarderguss 4 mm.\n"
        "Beurteilung: Akute Myokarditis.\n"
        "OA Dr. ⟦PERSON:Bernhard Schranz⟧, ⟦EMAIL:b.schranz@hkz-moedling.at⟧",
        ("Magnetom Sola", "Linke Kammer", "LVEF 57 %", "Lake-Louise-Kriterien", "T2-Mapping", "44 J."),
    ),
    (
        "at20",
        "de",
        "ADDENDUM ⟦DATE:19.03.2026⟧ – Zweitmeinung zu CT Thorax ⟦DATE:12.03.2026⟧ (ELGA-Dokument ⟦ID:1.2.40.0.34.99.4613.3.17.482210⟧)\n"
        "Auf Wunsch von Primaria Dr. ⟦PERSON:Hedwig Lanzinger⟧: Die Milchglasareale entsprechen eher einer NSIP als einer UIP (kein Honigwabenmuster, subpleurale Aussparung). Fleischner-Society-Kategorie: alternative Diagnose.\n"
        "Pat. ⟦PERSON:Wenzel Prohaska⟧\n"
        "Univ.-Prof. Dr. ⟦PERSON:Dragan Milošević⟧",
        ("Milchglasareale", "NSIP", "UIP", "Honigwabenmuster", "Fleischner-Society-Kategorie"),
    ),
    # ---------------- CH (de, fr, it) ----------------
    (
        "ch01",
        "de",
        "⟦INSTITUTION:Kantonsspital Glarnerland⟧ · Institut für Radiologie · ⟦ADDRESS:Spitalweg 14⟧ · ⟦ADDRESS:8750 Glarus⟧\n"
        "Patient: ⟦PERSON:Tschudi-Marti, Verena⟧ | * ⟦DATE:7.5.1949⟧ | AHV ⟦ID:756.4821.3390.17⟧ | PID ⟦ID:10448291⟧\n"
        "CT Thorax low-dose vom ⟦DATE:11.3.2026⟧: Centrilobuläres Emphysem, Lungenrundherd Oberlappen rechts 7 mm, Lung-RADS 3. Koronarsklerose (Agatston visuell mässig).\n"
        "Visiert: Dr. med. ⟦PERSON:Reto Zwicky⟧, Leitender Arzt",
        ("low-dose", "Lung-RADS 3", "Oberlappen rechts", "Koronarsklerose", "Agatston"),
    ),
    (
        "ch02",
        "de",
        "⟦INSTITUTION:Radiologie Seefeld⟧ AG, ⟦ADDRESS:Dufourstrasse 210⟧, ⟦ADDRESS:8008 Zürich⟧, Tel. ⟦PHONE:044 388 71 00⟧\n"
        "Sehr geehrte Frau Dr. ⟦PERSON:Gisler⟧\n"
        "Besten Dank für die Zuweisung Ihres Patienten ⟦PERSON:Urs Bachofner⟧, Jg. 1961, der in Begleitung seiner Ehefrau ⟦PERSON:Heidi Bachofner-Inauen⟧ zur Untersuchung kam.\n"
        "MRT HWS: Diskushernie C6/7 paramedian links mit Kompression der Wurzel C7. Unkovertebralarthrose C5/6. Myelon ohne Signalalteration.\n"
        "Freundliche Grüsse\n"
        "Dr. med. ⟦PERSON:Sandro Pfister⟧",
        ("C6/7", "Wurzel C7", "Unkovertebralarthrose C5/6", "Myelon"),
    ),
    (
        "ch03",
        "fr",
        "⟦INSTITUTION:Centre d'imagerie du Léman⟧ SA · ⟦ADDRESS:Avenue de la Gare 22⟧ · ⟦ADDRESS:1110 Morges⟧ · ⟦PHONE:021 802 44 10⟧\n"
        "Patiente : Mme ⟦PERSON:Chantal Rochat-Bonvin⟧, née le ⟦DATE:14 février 1958⟧, n° AVS ⟦ID:756.9012.4477.03⟧\n"
        "IRM du genou droit du ⟦DATE:6 mars 2026⟧ : Déchirure radiaire de la racine postérieure du ménisque interne. Œdème osseux du plateau tibial interne. Kyste de Baker de 3 cm.\n"
        "Conclusion : Lésion radiculaire méniscale, extrusion de 4 mm.\n"
        "Dr méd. ⟦PERSON:Jean-Philippe Favre⟧, spécialiste FMH en radiologie",
        ("ménisque interne", "Kyste de Baker", "plateau tibial", "FMH", "extrusion de 4 mm"),
    ),
    (
        "ch04",
        "fr",
        "Communication d'un résultat critique\n"
        "Le ⟦DATE:19.03.2026⟧ à 02h15, angio-CT cérébral de M. ⟦PERSON:Kouadio Yao⟧ (NIP ⟦ID:5203318⟧) : occlusion du tronc basilaire.\n"
        "Résultat transmis par téléphone au Dr ⟦PERSON:Marine Dufresne⟧, neurologue de garde à l'⟦INSTITUTION:Hôpital de la Broye⟧, bip ⟦PHONE:35 117⟧, qui confirme la prise en charge pour thrombectomie.\n"
        "Score pc-ASPECTS 7. Signé : Dr ⟦PERSON:Lambert⟧",
        ("tronc basilaire", "pc-ASPECTS 7", "thrombectomie", "angio-CT"),
    ),
    (
        "ch05",
        "fr",
        "Colloque multidisciplinaire d'oncologie thoracique – jeudi ⟦DATE:12 mars 2026⟧\n"
        "Patient : M. ⟦PERSON:Grégoire Perroud⟧, 67 ans, IPP ⟦ID:88201934⟧\n"
        "Présents : Pr ⟦PERSON:A. Mabillard⟧ (chirurgie thoracique), Dre ⟦PERSON:Soraya Benali⟧ (oncologie), Dr ⟦PERSON:Thierry Vuilleumier⟧ (radiologie)\n"
        "TEP-TDM : masse hilaire gauche 38 mm, adénopathies 4R et 7 hypermétaboliques, SUVmax 14. cT2b N2 M0.\n"
        "Proposition : EBUS-TBNA puis discussion de chimio-immunothérapie néoadjuvante (nivolumab).",
        ("67 ans", "TEP-TDM", "4R et 7", "cT2b N2 M0", "EBUS-TBNA", "nivolumab"),
    ),
    (
        "ch06",
        "it",
        "⟦INSTITUTION:Ospedale Regionale di Mendrisio⟧ – Servizio di Radiologia – ⟦ADDRESS:Via dei Gelsi 8⟧, ⟦ADDRESS:6850 Mendrisio⟧\n"
        "Paziente: Sig.ra ⟦PERSON:Lucia Bernasconi⟧, nata il ⟦DATE:3 aprile 1947⟧, n. paziente ⟦ID:3004781⟧\n"
        "TC addome con mdc (Iopamiro 370) del ⟦DATE:10.03.2026⟧: calcolosi della colecisti, via biliare principale 11 mm con calcolo prepapillare. Segno di Courvoisier assente. Pancreas regolare.\n"
        "Conclusione: coledocolitiasi; si consiglia ERCP.\n"
        "Dr. med. ⟦PERSON:Matteo Cattaneo⟧, caposervizio",
        ("Iopamiro 370", "via biliare principale", "Segno di Courvoisier", "coledocolitiasi", "ERCP"),
    ),
    (
        "ch07",
        "it",
        "Consenso informato – biopsia prostatica transperineale MRI/US\n"
        "Paziente: ⟦PERSON:Besnik Krasniqi⟧, nato il ⟦DATE:21.09.1966⟧; interprete (albanese) Sig. ⟦PERSON:Arben Gashi⟧, servizio interpreti ⟦INSTITUTION:Derman Ticino⟧, tel. ⟦PHONE:091 821 49 55⟧\n"
        "Indicazione: PI-RADS 4 in zona di transizione anteriore. Profilassi antibiotica con cefuroxima.\n"
        "Firmato il ⟦DATE:16 marzo 2026⟧ a ⟦ADDRESS:Bellinzona⟧. Medico: Dr. ⟦PERSON:Elena Pedrazzini⟧",
        ("transperineale", "PI-RADS 4", "zona di transizione", "cefuroxima", "albanese"),
    ),
    (
        "ch08",
        "de",
        "MRT Hüfte beidseits mit Arthro links (Gadolinium verdünnt)\n"
        "Voraufnahmen: Röntgen ⟦DATE:Januar 2026⟧ ⟦INSTITUTION:Permanence Bahnhof Bern⟧; MRT 2022 aus dem ⟦INSTITUTION:Spital Emmental⟧ (Bericht nicht vorliegend).\n"
        "Befund: Cam-Deformität links, Alpha-Winkel 68°. Labrumriss anterosuperior. Crossover-Zeichen rechts. Keine Hüftkopfnekrose.\n"
        "Pat.: ⟦PERSON:Nicolas Wüthrich⟧, 31-jährig; Zuweiser Dr. ⟦PERSON:Christen⟧, Sportmedizin ⟦INSTITUTION:Sportmed Aarehof⟧",
        ("Cam-Deformität", "Alpha-Winkel 68°", "Labrumriss", "Crossover-Zeichen", "31-jährig", "MRT 2022"),
    ),
    (
        "ch09",
        "de",
        "Austrittsbericht ⟦INSTITUTION:Spital Thurtal⟧, Klinik für Urologie\n"
        "Herr ⟦PERSON:Thomas Stein⟧, geb. ⟦DATE:30.12.1975⟧, Eintritt ⟦DATE:8.3.2026⟧, Austritt ⟦DATE:10.3.2026⟧\n"
        "Diagnose: Obstruktive Pyelonephritis links bei Stein im proximalen Ureter (7 mm, 1100 HU).\n"
        "Bildgebung: CT Abdomen nativ (Low-Dose-Steinprotokoll); Einlage JJ-Katheter links am ⟦DATE:8.3.⟧\n"
        "Procedere: Ureterorenoskopie elektiv. Tamsulosin 0,4 mg.\n"
        "Kopie: Dr. ⟦PERSON:Beatrice Hug⟧, ⟦ADDRESS:Marktgasse 5⟧, ⟦ADDRESS:8500 Frauenfeld⟧",
        (
            "Stein im proximalen Ureter",
            "Low-Dose-Steinprotokoll",
            "JJ-Katheter",
            "Ureterorenoskopie",
            "Tamsulosin 0,4 mg",
        ),
    ),
    (
        "ch10",
        "fr",
        "Radiographie du thorax face – Enfant ⟦PERSON:Inès Moreira da Silva⟧, 4 ans, accompagnée de son père ⟦PERSON:Rui Moreira⟧.\n"
        "Pneumonie lobaire inférieure droite, pas d'épanchement. Silhouette cardiaque normale. Thymus visible (normal à cet âge).\n"
        "Pédiatre traitant : Dre ⟦PERSON:Aurélie Joye⟧, ⟦INSTITUTION:Cabinet Pédiatrique des Alpes⟧, ⟦ADDRESS:Rue du Simplon 12⟧, ⟦ADDRESS:1920 Martigny⟧, ⟦EMAIL:secretariat@pediatrie-alpes.ch⟧\n"
        "Date de l'examen : ⟦DATE:17/03/2026⟧",
        ("4 ans", "Pneumonie lobaire", "Silhouette cardiaque", "Thymus"),
    ),
    (
        "ch11",
        "de",
        "Tumorboard Gastrointestinal ⟦INSTITUTION:Kantonsspital Oberaargau⟧, ⟦DATE:20.03.2026⟧\n"
        "Frau ⟦PERSON:Rosa Zbinden⟧, ⟦AGE:92⟧-jährig, wohnhaft im ⟦INSTITUTION:Alterszentrum Lindenhof⟧, ⟦ADDRESS:Langenthal⟧\n"
        "CT: Stenosierendes Karzinom im Colon ascendens, keine Fernmetastasen. Fragilität (Clinical Frailty Scale 6).\n"
        "Empfehlung: Best Supportive Care; bei Ileus Stent-Einlage erwägen. Angehörige: Neffe ⟦PERSON:Peter Zbinden⟧, ⟦PHONE:079 412 33 08⟧.",
        ("Colon ascendens", "Clinical Frailty Scale 6", "Best Supportive Care", "Stent-Einlage"),
    ),
    (
        "ch12",
        "it",
        "Comunicazione telefonica – reperto urgente\n"
        "Rx torace (letto) del ⟦DATE:14.03.2026⟧ ore 07:50, paziente ⟦PERSON:Giuseppina Rezzonico⟧, reparto cure intense: pneumotorace destro ampio dopo posizionamento di CVC in vena succlavia destra. Tubo endotracheale 4 cm sopra la carena.\n"
        "Comunicato al Dr. ⟦PERSON:Nikolaos Papadakis⟧ (medico di guardia, interno ⟦PHONE:6612⟧) alle 08:02.\n"
        "Radiologo: Dr.ssa ⟦PERSON:Chiara Lurati⟧",
        ("pneumotorace destro", "vena succlavia destra", "Tubo endotracheale", "carena", "CVC"),
    ),
    (
        "ch13",
        "de",
        "Anmeldung Radiologie (Formular) – ⟦INSTITUTION:Hausarztpraxis Zentrum Sursee⟧, GLN ⟦ID:7601000123456⟧\n"
        "Patientin: ⟦PERSON:Nguyễn, Thị Hương⟧ · ⟦DATE:02.08.1983⟧ · Versichertenkarte ⟦ID:80756012340012345678⟧\n"
        "Fragestellung: Rechtsseitige Unterbauchschmerzen, Appendizitis? Schwanger: nein (β-HCG negativ).\n"
        "Gewünscht: Ultraschall, ggf. MRT ohne KM. Alvarado-Score 6.\n"
        "Rückruf an ⟦PHONE:041 921 10 20⟧ oder ⟦EMAIL:praxis@hzsursee.ch⟧",
        ("β-HCG", "Alvarado-Score 6", "Appendizitis", "Unterbauchschmerzen"),
    ),
    (
        "ch14",
        "fr",
        "IRM cérébrale – comparaison avec l'IRM du ⟦DATE:2 septembre 2025⟧ réalisée à la ⟦INSTITUTION:Clinique du Salève⟧. M. ⟦PERSON:Hugo Berthoud⟧, 58 ans.\n"
        "Séquences : 3D T1 MPRAGE, FLAIR, DWI, SWI, T1 post-gadolinium (MultiHance). Machine : GE Signa Premier.\n"
        "Méningiome de la faux du cerveau, 24 mm, stable. Signe de la queue de comète durale. Pas d'œdème.\n"
        "Dr ⟦PERSON:Nadia Chevalley⟧ – rapport transmis au Dr ⟦PERSON:Besson⟧ (⟦EMAIL:n.besson@neuro-leman.ch⟧)",
        ("MultiHance", "GE Signa Premier", "faux du cerveau", "queue de comète", "58 ans", "3D T1 MPRAGE"),
    ),
    (
        "ch15",
        "it",
        "Lettera di dimissione – ⟦INSTITUTION:Clinica Luganese dei Colli⟧\n"
        "Gentile collega Dr. ⟦PERSON:Fabio Soldati⟧, ⟦ADDRESS:Via Cantonale 34⟧, ⟦ADDRESS:6814 Lamone⟧,\n"
        "dimettiamo la Sua paziente Sig.ra ⟦PERSON:Maria Grazia Fumagalli⟧ (⟦DATE:12/06/1951⟧), ricoverata dal ⟦DATE:1° marzo⟧ al ⟦DATE:9 marzo 2026⟧ per protesi totale d'anca destra.\n"
        "Rx di controllo: protesi in posizione corretta, angolo di inclinazione della coppa 42°, nessuna lussazione. Profilassi con Xarelto 10 mg per 5 settimane.\n"
        "Cordiali saluti, Dr. ⟦PERSON:Andrea Quadri⟧",
        ("protesi totale d'anca", "coppa 42°", "Xarelto 10 mg", "5 settimane"),
    ),
    (
        "ch16",
        "de",
        "Nachtrag zum CT Abdomen vom ⟦DATE:2.3.2026⟧ (Untersuchungs-Nr. ⟦ID:CT26-045517⟧)\n"
        "Nach Besprechung am Röntgenrapport mit Prof. ⟦PERSON:Imhof⟧, Dr. ⟦PERSON:Ramaswamy⟧ und Dr. ⟦PERSON:Karin Lüthi⟧ wird ergänzt: Die Leberläsion in Segment IVb zeigt ein peripher noduläres Enhancement mit zentripetaler Füllung, typisch für ein Hämangiom. LI-RADS nicht anwendbar.\n"
        "Pat.: ⟦PERSON:Dario Schmid⟧ / Visum ⟦PERSON:Lüthi⟧",
        ("Röntgenrapport", "Segment IVb", "zentripetaler Füllung", "Hämangiom", "LI-RADS"),
    ),
    (
        "ch17",
        "fr",
        "Mammographie de dépistage – ⟦INSTITUTION:Centre de sénologie de la Riviera⟧\n"
        "Mme ⟦PERSON:Fatoumata Diallo⟧, 54 ans, ⟦ADDRESS:Chemin des Vignes 3⟧, ⟦ADDRESS:1800 Vevey⟧\n"
        "Seins de densité C. Masse ovale circonscrite à droite, QSE, 11 mm, BI-RADS 3. Contrôle à 6 mois.\n"
        "Première lecture : Dre ⟦PERSON:Valérie Monnier⟧ ; deuxième lecture : Dr ⟦PERSON:Karim Haddad⟧. Envoyé le ⟦DATE:16.03.2026⟧.",
        ("densité C", "QSE", "BI-RADS 3", "54 ans", "Contrôle à 6 mois"),
    ),
    (
        "ch18",
        "de",
        "Vertebroplastie LWK 1 – Bericht\n"
        "⟦PERSON:Margrit Egli-Roth⟧, ⟦DATE:19.01.1938⟧, osteoporotische Fraktur Genant Grad 2, Kümmell-Zeichen (intravertebrale Vakuumspalte).\n"
        "Material: 4,5 ml PMMA-Zement (Vertecem V+), bipedikulär, 11G-Trokar. Kein Zementaustritt.\n"
        "Kopie an: ⟦PERSON:Markus Hefti⟧, ⟦PERSON:Claudia Keller⟧ (Spitex ⟦ADDRESS:Wädenswil⟧)",
        ("LWK 1", "Genant Grad 2", "Kümmell-Zeichen", "Vertecem V+", "11G-Trokar", "PMMA-Zement"),
    ),
    (
        "ch19",
        "it",
        "RM colonna lombare – ⟦INSTITUTION:Studio Radiologico Ceresio⟧, ⟦PHONE:+41 91 980 22 70⟧, ⟦URL:www.radiologia-ceresio.ch⟧\n"
        "Sig. ⟦PERSON:Ettore Ghisletta⟧, di ⟦AGE:90⟧ anni, inviato dal Dr. ⟦PERSON:Marco Rusconi⟧\n"
        "Stenosi del canale L3-L4 e L4-L5 (Schizas C), spondilolistesi degenerativa L4 di grado I. Ernia discale foraminale destra L5-S1.\n"
        "Esame del ⟦DATE:04.03.2026⟧, referto: Dr.ssa ⟦PERSON:Giulia Sormani⟧",
        ("L3-L4", "Schizas C", "spondilolistesi degenerativa", "L5-S1", "foraminale destra"),
    ),
    (
        "ch20",
        "de",
        "MRT Schädel Kind, in Sedation (Propofol)\n"
        "Kind ⟦PERSON:Leandro Winkel⟧, 6 Jahre; Eltern: ⟦PERSON:Sarah⟧ und ⟦PERSON:Marco Winkel⟧, ⟦ADDRESS:Hofackerstrasse 17⟧, ⟦ADDRESS:4132 Muttenz⟧\n"
        "Befund: Chiari-Malformation Typ I, Tonsillentiefstand 9 mm. Kein Hydrozephalus, keine Syrinx. Kleinhirnbrückenwinkel frei.\n"
        "Zuweisung ⟦INSTITUTION:Universitäts-Kinderspital beider Basel⟧ (⟦INSTITUTION:UKBB⟧)",
        (
            "Propofol",
            "6 Jahre",
            "Chiari-Malformation Typ I",
            "Tonsillentiefstand 9 mm",
            "Kleinhirnbrückenwinkel",
            "Syrinx",
        ),
    ),
    # ---------------- UK ----------------
    (
        "uk01",
        "en",
        "⟦INSTITUTION:Royal Wessex Infirmary⟧ – Department of Clinical Radiology\n"
        "Patient: ⟦PERSON:HARGREAVES, Eleanor Mary⟧   DOB: ⟦DATE:03/11/1944⟧   NHS No: ⟦ID:463 218 7750⟧   Hosp No: ⟦ID:RWX0448127⟧\n"
        "Exam: CT Pulmonary Angiogram   Date: ⟦DATE:16/03/2026⟧   Referrer: Dr ⟦PERSON:S Okonkwo⟧ (AMU)\n"
        "Findings: Filling defects in the right lower lobe segmental arteries. No right heart strain. Incidental 6 mm nodule in the lingula; per Fleischner no follow-up needed if low risk.\n"
        "Reported by: Dr ⟦PERSON:Priya Raghunathan⟧, Consultant Radiologist, GMC ⟦ID:7081234⟧",
        ("CT Pulmonary Angiogram", "right lower lobe", "lingula", "Fleischner", "AMU"),
    ),
    (
        "uk02",
        "en",
        "⟦INSTITUTION:Abbeyfield Medical Practice⟧, ⟦ADDRESS:14 Priory Lane⟧, ⟦ADDRESS:Shrewsbury SY2 6QN⟧\n"
        "Dear Dr ⟦PERSON:Whitfield⟧,\n"
        "Re: Mr ⟦PERSON:Callum Fraser-Doyle⟧, DOB ⟦DATE:22 July 1979⟧, ⟦ADDRESS:7 Wrekin View⟧, ⟦ADDRESS:Telford TF1 3HB⟧\n"
        "Thank you for seeing this 46-year-old man with a three-week history of dysphagia. Barium swallow in 2019 showed a small Schatzki ring. He takes omeprazole 20 mg. I would be grateful for an urgent OGD and CT if appropriate.\n"
        "Yours sincerely,\nDr ⟦PERSON:Hannah Bellamy⟧",
        ("46-year-old", "Barium swallow in 2019", "Schatzki ring", "omeprazole 20 mg", "OGD"),
    ),
    (
        "uk03",
        "en",
        "Colorectal MDT – Thursday ⟦DATE:19th March 2026⟧\n"
        "Present: Mr ⟦PERSON:D. Achterberg⟧ (surgeon), Dr ⟦PERSON:F Mensah⟧ (oncology), Dr ⟦PERSON:Ruth Llewellyn⟧ (radiology), ⟦PERSON:Gemma Tait⟧ (CNS)\n"
        "Patient: ⟦PERSON:Rajinder Singh Sandhu⟧, Hosp No ⟦ID:K2219904⟧\n"
        "MRI pelvis: low rectal tumour, mrT3b, CRM clear (3 mm), EMVI negative, mrN0. CT chest/abdomen: no metastases.\n"
        "Outcome: TME surgery (APR likely). Refer to stoma nurse.",
        ("mrT3b", "CRM clear", "EMVI negative", "TME surgery", "APR", "stoma nurse"),
    ),
    (
        "uk04",
        "en",
        "Urgent communication log\n"
        "CT head ⟦DATE:21/03/26⟧ 01:40 – Ms ⟦PERSON:Aoife Brennan⟧ (MRN ⟦ID:A09918234⟧): acute extradural haematoma left temporal with swirl sign, 11 mm midline shift.\n"
        "Result phoned to the ED registrar Dr ⟦PERSON:Tomasz Kowalewski⟧ on bleep ⟦PHONE:2174⟧ at 01:52 and to the neurosurgical SpR at ⟦INSTITUTION:Severnside Neurosciences Centre⟧ via ⟦PHONE:0117 496 0325⟧. Transfer accepted.\n"
        "Radiologist: Dr ⟦PERSON:K. Adeyemi⟧",
        ("extradural haematoma", "swirl sign", "midline shift", "ED registrar", "SpR"),
    ),
    (
        "uk05",
        "en",
        "⟦INSTITUTION:NHS Lomond and Clyde⟧ – ⟦INSTITUTION:Vale Royal Hospital⟧ Radiology\n"
        "Name: ⟦PERSON:MACLEOD, Ishbel⟧   CHI: ⟦ID:1504521238⟧   ⟦ADDRESS:Flat 2/1, 38 Craigpark Drive⟧, ⟦ADDRESS:Glasgow G31 2NA⟧\n"
        "XR Chest PA: Right upper lobe collapse with Golden S sign, suspicious for a central obstructing lesion. Recommend CT chest and urgent respiratory referral (USOC).\n"
        "Reported ⟦DATE:12-Mar-2026⟧ by Dr ⟦PERSON:Euan Drummond⟧",
        ("Golden S sign", "Right upper lobe collapse", "USOC", "XR Chest PA"),
    ),
    (
        "uk06",
        "en",
        "Consent for CT-guided lung biopsy\n"
        "Patient: Mrs ⟦PERSON:Nasrin Begum⟧, DOB ⟦DATE:01/01/1962⟧, NHS ⟦ID:702 554 1869⟧. Sylheti interpreter present (⟦PERSON:Mohammed Shahid Miah⟧, booking ref ⟦ID:INT-883041⟧).\n"
        "Risks discussed: pneumothorax (~20 %, chest drain ~3 %), haemoptysis. Clopidogrel stopped 7 days ago. Platelets 245.\n"
        "Daughter ⟦PERSON:Shamima⟧ also present. Consent form 1 signed. Clinician: Dr ⟦PERSON:Oliver Pennington-Rees⟧",
        ("Sylheti", "pneumothorax", "Clopidogrel", "Consent form 1", "Platelets 245"),
    ),
    (
        "uk07",
        "en",
        "MRI lumbar spine\n"
        "Comparison: MRI ⟦DATE:June 2024⟧ performed at ⟦INSTITUTION:Kingsmead Diagnostic Centre⟧ (images imported via IEP).\n"
        "Findings: Conus at L1. L4/5 broad-based disc bulge with moderate canal stenosis and bilateral lateral recess narrowing. L5/S1 left paracentral extrusion contacting the traversing left S1 nerve root. Tarlov cysts at S2.\n"
        "Conclusion: Progression at L5/S1.\n"
        "Ms ⟦PERSON:Joanne Whitlock⟧, 38; Ref: Mr ⟦PERSON:Ibrahim Al-Khatib⟧, Spinal Surgery",
        ("IEP", "Conus at L1", "L4/5", "S1 nerve root", "Tarlov cysts", "lateral recess"),
    ),
    (
        "uk08",
        "en",
        "XR Pelvis and L hip\n"
        "Clinical: ⟦AGE:97⟧ yo female, fall at ⟦INSTITUTION:Heatherbank Care Home⟧, shortened externally rotated leg.\n"
        "Findings: Intertrochanteric fracture of the left femur. Shenton's line disrupted. Background osteopenia. Previous right DHS in situ.\n"
        "Pt: ⟦PERSON:Winifred Ashworth⟧, ⟦ID:M442190⟧\n"
        "NOK: nephew ⟦PERSON:Graham Ashworth⟧ ⟦PHONE:07823 441 902⟧\n"
        "Reported by ⟦PERSON:Lucy Chambers⟧ (Reporting Radiographer), ⟦DATE:09/03/2026⟧",
        ("Intertrochanteric fracture", "Shenton's line", "DHS in situ", "Reporting Radiographer"),
    ),
    (
        "uk09",
        "en",
        "⟦INSTITUTION:Mourne Valley Hospital⟧, ⟦ADDRESS:Carrickbawn Road⟧, ⟦ADDRESS:Rathfriland BT34 5QF⟧\n"
        "H&C No: ⟦ID:329 518 4476⟧  Name: ⟦PERSON:Ciarán Ó Briain⟧  DOB ⟦DATE:14.02.1988⟧\n"
        "US abdomen: gallbladder contains multiple mobile calculi, wall 2 mm, negative sonographic Murphy's sign. CBD 4 mm. Liver normal echotexture.\n"
        "Sonographer: ⟦PERSON:Niamh McAteer⟧",
        ("sonographic Murphy's sign", "CBD 4 mm", "mobile calculi", "echotexture"),
    ),
    (
        "uk10",
        "en",
        "⟦INSTITUTION:Ysbyty Glan Teifi⟧, Radiology Dept, ⟦ADDRESS:Heol y Gogledd⟧, ⟦ADDRESS:Cardigan SA43 1EP⟧ – ⟦PHONE:01239 612 400⟧ ext ⟦PHONE:3318⟧ – ⟦EMAIL:radiology.glanteifi@wales.nhs.uk⟧\n"
        "Re: ⟦PERSON:Rhodri Pritchard⟧ (⟦DATE:5/9/1970⟧)\n"
        "Ultrasound thyroid: left lobe nodule 22 mm, solid, hypoechoic, microcalcifications, U4 (BTA). FNA recommended.\n"
        "cc: Mr ⟦PERSON:Gethin Vaughan⟧, ENT; patient",
        ("U4 (BTA)", "microcalcifications", "FNA", "left lobe"),
    ),
    (
        "uk11",
        "en",
        "Paediatric XR – skeletal survey (safeguarding)\n"
        "Child: ⟦PERSON:Tyler-James Hodgson⟧, 7 months, hospital no ⟦ID:CH1102934⟧. Accompanied by mother ⟦PERSON:Kirsty Hodgson⟧ and social worker ⟦PERSON:Adebola Ogunleye⟧ (⟦INSTITUTION:Ashford Vale Children's Services⟧).\n"
        "Findings: classic metaphyseal lesion distal right femur; healing posterior rib fractures left 6-8. No skull fracture.\n"
        "Second reader: Dr ⟦PERSON:Imogen Sutcliffe⟧. Discussed with Dr ⟦PERSON:Patel⟧ (consultant paediatrician) at 16:20 on ⟦DATE:18 March⟧.",
        ("7 months", "classic metaphyseal lesion", "posterior rib fractures", "skeletal survey"),
    ),
    (
        "uk12",
        "en",
        "ADDENDUM (⟦DATE:17/03/2026⟧ 09:12): Further review of the CT abdomen with Dr ⟦PERSON:Abernethy⟧: the 'mass' in the right iliac fossa represents a Meckel's diverticulum with enterolith rather than a caecal tumour. Appendix normal.\n"
        "Original report authorised by Dr ⟦PERSON:Simon Okafor-Reid⟧; addendum by Dr ⟦PERSON:Hui Min Tan⟧.\n"
        "Accession: ⟦ID:RAD26-0311457⟧",
        ("Meckel's diverticulum", "enterolith", "right iliac fossa", "caecal tumour"),
    ),
    (
        "uk13",
        "en",
        "NHS Breast Screening Programme – ⟦INSTITUTION:West Pennine Breast Screening Unit⟧\n"
        "Client: ⟦PERSON:Susan Ogden⟧, 56, NHS ⟦ID:612 004 8831⟧, SX No ⟦ID:WP0229184⟧\n"
        "Mammography: new 8 mm spiculate mass left UOQ; M5. Tomosynthesis confirms. Recall to assessment clinic.\n"
        "Readers: Dr ⟦PERSON:J Holroyd⟧, ⟦PERSON:Amanda Ryder⟧ (Consultant Radiographer). Letter sent ⟦DATE:11.03.2026⟧.",
        ("M5", "UOQ", "Tomosynthesis", "assessment clinic", "spiculate mass"),
    ),
    (
        "uk14",
        "en",
        "Discharge Summary – ⟦INSTITUTION:St Cuthbert's Hospital⟧, Ward 22 (Acute Stroke Unit)\n"
        "Patient: ⟦PERSON:Ernest Pilkington⟧, 84, ⟦ADDRESS:22 Mill Brow⟧, ⟦ADDRESS:Kendal LA9 4PQ⟧\n"
        "Admitted ⟦DATE:02/03/2026⟧, discharged ⟦DATE:11/03/2026⟧. Diagnosis: left MCA infarct (NIHSS 6 on arrival), thrombolysed with alteplase.\n"
        "Imaging: CT head and CTA – occlusion of left M2; MRI DWI confirmed infarct in left insula. Carotid Doppler: <50% ICA stenosis bilaterally.\n"
        "Follow-up: TIA clinic, Dr ⟦PERSON:Rosalind Hartley-Boyd⟧ (⟦PHONE:01539 716 695⟧ ext ⟦PHONE:4120⟧).",
        ("NIHSS 6", "alteplase", "left M2", "Carotid Doppler", "left insula", "Acute Stroke Unit"),
    ),
    (
        "uk15",
        "en",
        "MRI brain with contrast (Gadovist)\n"
        "History: known vestibular schwannoma, prior imaging ⟦DATE:Feb 2025⟧ at ⟦INSTITUTION:Mersey Neurology Institute⟧.\n"
        "Findings: Right vestibular schwannoma, Koos grade 2, 9 mm intracanalicular with 6 mm CPA component, stable. Cochlea normal signal on CISS.\n"
        "Pt ⟦PERSON:Bethan Powell⟧, MRN ⟦ID:6601982⟧\n"
        "Reporter: Dr ⟦PERSON:Anjali Deshpande⟧; cc ⟦PERSON:Martin Crewe⟧ (audiology), ⟦PERSON:Lisa Owusu⟧ (GP)",
        ("Gadovist", "Koos grade 2", "intracanalicular", "CPA component", "CISS"),
    ),
    (
        "uk16",
        "en",
        "CT coronary angiogram (Siemens Somatom Force), HR 58 on metoprolol, GTN given\n"
        "Calcium score (Agatston) 312; CAD-RADS 3; 50-69% stenosis of proximal LAD, non-calcified plaque with positive remodelling (Napkin-ring sign absent).\n"
        "Patient: Mr ⟦PERSON:Viktor Hrabovsky⟧, DOB ⟦DATE:27 Oct 1966⟧, NHS ⟦ID:9434765919⟧\n"
        "Reported by Dr ⟦PERSON:Grace Oyelaran⟧ and Dr ⟦PERSON:Ben Hadfield⟧ (cardiology), ⟦DATE:13/3/2026⟧",
        ("Somatom Force", "Agatston", "CAD-RADS 3", "proximal LAD", "Napkin-ring sign", "metoprolol", "GTN"),
    ),
    (
        "uk17",
        "en",
        "Radiology request – Ward 7B, ⟦INSTITUTION:Queen Adelaide Hospital⟧\n"
        "Patient: ⟦PERSON:O'SULLIVAN, Declan⟧  ⟦ID:QAH3390118⟧  DOB ⟦DATE:30/06/1954⟧\n"
        "Request: US abdomen – deranged LFTs (ALP 420), ?obstructive jaundice; CA 19-9 pending. eGFR 54.\n"
        "Requesting clinician: Dr ⟦PERSON:Funmi Adebayo⟧ (FY2), bleep ⟦PHONE:6038⟧, ⟦EMAIL:funmi.adebayo1@nhs.net⟧",
        ("Ward 7B", "ALP 420", "CA 19-9", "obstructive jaundice", "eGFR 54", "FY2"),
    ),
    (
        "uk18",
        "en",
        "Lung MDT ⟦DATE:11/03/2026⟧ – ⟦PERSON:Dorothy Pemberton⟧, ⟦AGE:91⟧, from ⟦ADDRESS:Morecambe⟧\n"
        "CT: 31 mm spiculated RUL mass, Brock score 78%, Herder 90% on PET. Performance status WHO 3.\n"
        "Outcome: not fit for surgery or SABR; best supportive care. Discussed with daughter ⟦PERSON:Carol Pemberton-Hughes⟧. Key worker: ⟦PERSON:Jenny Loftus⟧.",
        ("RUL mass", "Brock score 78%", "Herder 90%", "WHO 3", "SABR"),
    ),
    (
        "uk19",
        "en",
        "DXA scan – ⟦INSTITUTION:Harrowby Lane Health Centre⟧\n"
        "Ms ⟦PERSON:Krystyna Zielińska⟧, 63, NHS ⟦ID:650 112 3948⟧\n"
        "L1-L4 T-score −2.8, total hip −2.1, femoral neck −2.4. FRAX 10-year major osteoporotic fracture risk 21%. Vertebral fracture assessment: Genant grade 1 wedge at T12.\n"
        "Results also available on ⟦URL:https://patientportal.harrowbylane.nhs.uk/results⟧. Reported ⟦DATE:10th March 2026⟧, Dr ⟦PERSON:Omar Farouk⟧",
        ("L1-L4", "T-score −2.8", "FRAX", "Genant grade 1", "T12"),
    ),
    (
        "uk20",
        "en",
        "Report: MRI prostate (bpMRI, 1.5 T Philips Achieva)\n"
        "PI-RADS 3 lesion in the left peripheral zone at the mid gland, 8 mm; PSA density 0.12. Consider surveillance vs targeted biopsy.\n"
        "Patient ⟦PERSON:Alun Rees-Jenkins⟧, DOB ⟦DATE:04/04/1958⟧\n"
        "cc: Mr ⟦PERSON:Dev Chatterjee⟧, Consultant Urologist, ⟦INSTITUTION:Ridgeway Hospital⟧; Dr ⟦PERSON:M. Lindqvist⟧, ⟦INSTITUTION:Penarth Road Surgery⟧, ⟦ADDRESS:CF11 8JU⟧",
        ("bpMRI", "Philips Achieva", "PI-RADS 3", "peripheral zone", "PSA density 0.12"),
    ),
    # ---------------- US ----------------
    (
        "us01",
        "en",
        "⟦INSTITUTION:Lakeshore Regional Medical Center⟧ – Department of Radiology\n"
        "Name: ⟦PERSON:DELACRUZ, MARIA ISABEL⟧  MRN: ⟦ID:004471928⟧  DOB: ⟦DATE:08/14/1962⟧  Acct: ⟦ID:77120093415⟧\n"
        "Exam: CT ABDOMEN PELVIS W CONTRAST   Accession: ⟦ID:CT2603180042⟧   Exam date: ⟦DATE:03/18/2026⟧ 14:05\n"
        "Ordering: ⟦PERSON:Kevin J. Marsh⟧, PA-C\n"
        "IMPRESSION: 1. Acute uncomplicated appendicitis (appendix 11 mm, periappendiceal fat stranding). 2. Bosniak IIF cyst of the left kidney.\n"
        "Electronically signed by: ⟦PERSON:Rebecca T. Lindgren⟧, MD on ⟦DATE:03/18/2026⟧ 3:22 PM",
        ("CT ABDOMEN PELVIS W CONTRAST", "periappendiceal fat stranding", "Bosniak IIF", "PA-C"),
    ),
    (
        "us02",
        "en",
        "CRITICAL RESULT: Findings of tension pneumothorax were communicated by Dr. ⟦PERSON:Okafor⟧ to RN ⟦PERSON:Jessica Tran⟧ at ⟦PHONE:(312) 555-0187⟧ on ⟦DATE:3/21/2026⟧ at 0412 hours, with read-back verification.\n"
        "Patient: ⟦PERSON:Wallace, Terrence⟧, MRN ⟦ID:88120034⟧\n"
        "Portable chest: large right pneumothorax with mediastinal shift to the left; chest tube recommended emergently. ET tube 3 cm above carina.",
        ("tension pneumothorax", "read-back", "mediastinal shift", "ET tube"),
    ),
    (
        "us03",
        "en",
        "Multidisciplinary Liver Tumor Board – ⟦DATE:March 12, 2026⟧\n"
        "Presenting: ⟦PERSON:Anh Vu⟧, MD (Hepatology). Attendees: ⟦PERSON:Carlos Mendoza-Ruiz⟧, MD; ⟦PERSON:Sarah Goldstein⟧, DO; ⟦PERSON:Marcus Whitaker⟧, MD (IR).\n"
        "Pt: ⟦PERSON:Harold Jefferson⟧, 68M, HCV cirrhosis, Child-Pugh A6, MELD 9.\n"
        "MRI (Eovist): 2.4 cm LI-RADS LR-5 observation segment VIII with washout and capsule. Within Milan criteria. BCLC A.\n"
        "Recommendation: Microwave ablation vs. transplant evaluation at ⟦INSTITUTION:Great Lakes Transplant Institute⟧.",
        ("68M", "Child-Pugh A6", "MELD 9", "Eovist", "LI-RADS LR-5", "Milan criteria", "BCLC A", "segment VIII"),
    ),
    (
        "us04",
        "en",
        "MRI RIGHT SHOULDER WITHOUT CONTRAST\n"
        "COMPARISON: Outside radiographs from ⟦INSTITUTION:Sunbelt Urgent Care⟧ dated ⟦DATE:02/27/2026⟧; MR arthrogram 2021 from ⟦INSTITUTION:Desert Ridge Imaging⟧ (report only).\n"
        "FINDINGS: Full-thickness tear of the supraspinatus with 2 cm retraction. Biceps tendon dislocated medially. Bankart lesion and Hill-Sachs defect from prior dislocation. Os acromiale.\n"
        "Patient: ⟦PERSON:Jose Luis Barragan⟧, 52 y/o\n"
        "Dictated by ⟦PERSON:Priyanka Iyer⟧, MD",
        ("MR arthrogram 2021", "supraspinatus", "Bankart lesion", "Hill-Sachs defect", "Os acromiale", "52 y/o"),
    ),
    (
        "us05",
        "en",
        "Procedure consent – US-guided paracentesis\n"
        "Patient ⟦PERSON:Guadalupe Ortega Ramírez⟧ (DOB ⟦DATE:11/02/1970⟧) consented in Spanish via video interpreter ⟦PERSON:Ana⟧, ID# ⟦ID:IP-20771⟧.\n"
        "Son ⟦PERSON:Miguel Ortega⟧ present at bedside; health care proxy on file. INR 1.4, platelets 88K. Removed 4.2 L; albumin 25 g given.\n"
        "Performed by ⟦PERSON:Daniel Cho⟧, MD, ⟦INSTITUTION:Mercy San Gabriel Hospital⟧, ⟦DATE:3/16/26⟧",
        ("paracentesis", "Spanish", "health care proxy", "INR 1.4", "albumin 25 g"),
    ),
    (
        "us06",
        "en",
        "⟦INSTITUTION:Blue Heron Imaging⟧, LLC\n"
        "⟦ADDRESS:2250 Pelican Bay Blvd, Suite 110⟧\n"
        "⟦ADDRESS:Naples⟧, FL ⟦ADDRESS:34108⟧\n"
        "Tel ⟦PHONE:(239) 555-0146⟧  Fax ⟦PHONE:(239) 555-0147⟧\n"
        "Referring: ⟦PERSON:Laura Beth Simmons⟧, MD, ⟦INSTITUTION:Gulf Coast Family Physicians⟧\n"
        "Patient: ⟦PERSON:Albert Kowalski⟧   DOB: ⟦DATE:1/9/1951⟧\n"
        "Bilateral lower extremity venous duplex: occlusive DVT in the left popliteal and posterior tibial veins. No right DVT. Baker's cyst on the right, 3.1 cm.",
        ("venous duplex", "popliteal", "posterior tibial veins", "Baker's cyst"),
    ),
    (
        "us07",
        "en",
        "ED Prelim Read (nighthawk) – CT head w/o\n"
        "No acute intracranial abnormality. Chronic microvascular ischemic change. Old left cerebellar infarct.\n"
        "Pt: ⟦PERSON:Shanice Washington⟧, 47F, FIN ⟦ID:5510234891⟧\n"
        "Read by ⟦PERSON:Nathaniel Brooks⟧, MD (⟦INSTITUTION:NightView Teleradiology⟧). Questions: reading room ⟦PHONE:800-555-0199⟧ ext. ⟦PHONE:2207⟧",
        ("47F", "microvascular ischemic change", "cerebellar infarct", "nighthawk"),
    ),
    (
        "us08",
        "en",
        "XR CHEST 1 VIEW\n"
        "HISTORY: ⟦AGE:93⟧-year-old woman from ⟦INSTITUTION:Oak Hollow Assisted Living⟧ with fever and hypoxia.\n"
        "FINDINGS: Left retrocardiac opacity with air bronchograms. Small left effusion. Pacemaker with leads in the right atrium and right ventricle. Healed right clavicle fracture.\n"
        "IMPRESSION: Left lower lobe pneumonia.\n"
        "Patient: ⟦PERSON:Mildred Van Buskirk⟧; contact daughter ⟦PERSON:Janet Hollis⟧ ⟦PHONE:614-555-0123⟧",
        ("retrocardiac opacity", "air bronchograms", "Pacemaker", "Left lower lobe pneumonia"),
    ),
    (
        "us09",
        "en",
        "SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS (Hologic 3Dimensions)\n"
        "Patient: ⟦PERSON:Keiko Yamamoto-Ellis⟧   Age: 49   MRN: ⟦ID:E-3390412⟧\n"
        "Breast composition: heterogeneously dense (c). No suspicious masses. BI-RADS 1: Negative. Next screening in 1 year.\n"
        "Per Texas law, patients with dense breasts are notified.\n"
        "Interpreted by: ⟦PERSON:Diane Fontaine⟧, MD, ⟦INSTITUTION:Bluebonnet Women's Imaging⟧, ⟦DATE:03/10/2026⟧",
        ("Hologic 3Dimensions", "heterogeneously dense (c)", "BI-RADS 1", "Texas law", "Age: 49"),
    ),
    (
        "us10",
        "en",
        "DISCHARGE SUMMARY\n"
        "Patient: ⟦PERSON:Dwayne Jackson⟧  MRN ⟦ID:2290471⟧  Admit ⟦DATE:3/2/2026⟧  Discharge ⟦DATE:3/8/2026⟧\n"
        "Attending: ⟦PERSON:Min-jun Park⟧, MD   PCP: ⟦PERSON:Elizabeth Moreno⟧, NP, ⟦INSTITUTION:Eastside Community Health Center⟧\n"
        "Hospital course: Presented with RUQ pain; RUQ ultrasound showed gallbladder wall thickening and positive sonographic Murphy sign; HIDA scan confirmed acute cholecystitis. Underwent laparoscopic cholecystectomy on hospital day 2. MRCP showed no choledocholithiasis.\n"
        "Follow up with Dr. ⟦PERSON:Park⟧ in 2 weeks; call ⟦PHONE:(404) 555-0175⟧.",
        ("RUQ ultrasound", "HIDA scan", "laparoscopic cholecystectomy", "MRCP", "hospital day 2"),
    ),
    (
        "us11",
        "en",
        "⟦INSTITUTION:Cedar Ridge VA Medical Center⟧ – Imaging Service\n"
        "Veteran: ⟦PERSON:HOLLOWAY, RAYMOND E⟧   Last4: ⟦ID:H4417⟧\n"
        "Exam: CT chest low dose lung cancer screening (LCS), ⟦DATE:Mar 5, 2026⟧\n"
        "Lung-RADS v2022 category 4A: 9 mm solid nodule RLL (Se 3, Im 187). Emphysema, paraseptal. Coronary artery calcification, moderate.\n"
        "Agent Orange exposure noted. Results sent to PACT team, ⟦PERSON:Brianna Cole⟧, RN.",
        ("Lung-RADS v2022 category 4A", "Se 3, Im 187", "paraseptal", "Agent Orange", "PACT team"),
    ),
    (
        "us12",
        "en",
        "US PYLORUS\n"
        "Patient: ⟦PERSON:Elijah Reyes-Thompson⟧, 5 weeks old, DOB ⟦DATE:02/09/2026⟧\n"
        "Pyloric muscle thickness 4.2 mm, channel length 18 mm, no passage of fluid during 10 minutes. Positive target sign.\n"
        "IMPRESSION: Hypertrophic pyloric stenosis. Discussed with Dr. ⟦PERSON:Hanna Lindqvist⟧ (pediatric surgery) at 10:15. Parents ⟦PERSON:Marisol⟧ and ⟦PERSON:Devon Thompson⟧ informed by the surgical team.",
        ("5 weeks old", "Pyloric muscle thickness 4.2 mm", "target sign", "Hypertrophic pyloric stenosis"),
    ),
    (
        "us13",
        "en",
        "ADDENDUM: ⟦DATE:03/19/2026⟧ 08:47\n"
        "On re-review with Dr. ⟦PERSON:Fitzgerald⟧ of Neurosurgery, the L1 fracture is a Chance-type flexion-distraction injury (TLICS 7), not a simple compression fracture. Posterior ligamentous complex disrupted.\n"
        "Patient ⟦PERSON:Brittany Nguyen⟧, MRN ⟦ID:3349102⟧; original report Accession ⟦ID:41188207⟧\n"
        "Addendum signed by ⟦PERSON:Omar Haddad⟧, MD",
        ("Chance-type", "TLICS 7", "Posterior ligamentous complex", "flexion-distraction"),
    ),
    (
        "us14",
        "en",
        "IMAGING ORDER – Outpatient\n"
        "Order: MRI brain w/wo contrast (MS protocol)\n"
        "Diagnosis: G35; Reason: new optic neuritis, OD.\n"
        "Patient: ⟦PERSON:Hailey Sorensen⟧  DOB ⟦DATE:7/30/1994⟧  Insurance: BlueCross PPO, Member ID ⟦ID:XJH884201173⟧\n"
        "Address: ⟦ADDRESS:4418 N Kenmore Ave Apt 3B⟧, ⟦ADDRESS:Chicago⟧, IL ⟦ADDRESS:60640⟧  Cell ⟦PHONE:773.555.0162⟧\n"
        "Ordering provider: ⟦PERSON:Rashid Al-Amin⟧, MD, NPI ⟦ID:1548392017⟧",
        ("MS protocol", "G35", "optic neuritis", "BlueCross PPO"),
    ),
    (
        "us15",
        "en",
        "PROCEDURE: Right IJ tunneled dialysis catheter placement (14.5 Fr × 23 cm Palindrome)\n"
        "Operators: ⟦PERSON:Tyrone Banks⟧, MD (attending); ⟦PERSON:Meredith Shaw⟧, MD (fellow)\n"
        "Sedation: moderate, midazolam 2 mg and fentanyl 100 mcg, monitored by RN ⟦PERSON:Luis Ocampo⟧. Fluoro time 0.8 min, 12 mGy.\n"
        "Tip at cavoatrial junction. No complications. Ready for use.\n"
        "Pt ⟦PERSON:Gloria Abernathy⟧, ⟦DATE:3/20/2026⟧",
        ("Palindrome", "midazolam 2 mg", "fentanyl 100 mcg", "cavoatrial junction", "Right IJ"),
    ),
    (
        "us16",
        "en",
        "CARDIAC MRI – ⟦INSTITUTION:Heartland Cardiovascular Imaging⟧, P.C.\n"
        "Patient: ⟦PERSON:Lamar Gideon⟧, 29 y/o M, athlete. Scanner: Siemens MAGNETOM Aera 1.5T. Contrast: gadobutrol (Gadavist) 0.1 mmol/kg.\n"
        "Asymmetric septal hypertrophy 19 mm, SAM with LVOT obstruction, patchy midwall LGE 6% of LV mass. Findings consistent with hypertrophic cardiomyopathy.\n"
        "Report questions: ⟦EMAIL:cmr.reading@heartlandcvi.com⟧; images: ⟦URL:https://share.heartlandcvi.com/s/7fq2k⟧\n"
        "Signed ⟦PERSON:Evelyn Ruiz⟧, MD ⟦DATE:03.17.2026⟧",
        ("29 y/o", "MAGNETOM Aera", "Gadavist", "SAM", "LVOT obstruction", "hypertrophic cardiomyopathy"),
    ),
    (
        "us17",
        "en",
        "CT CHEST ABDOMEN PELVIS W CONTRAST – RESTAGING\n"
        "Clinical: metastatic melanoma on pembrolizumab (Keytruda) since 2024.\n"
        "Target lesions (RECIST 1.1): sum of diameters 48 mm (baseline 71 mm on ⟦DATE:11/04/2025⟧). No new lesions. Partial response.\n"
        "Comparison also made to PET/CT from ⟦INSTITUTION:Magnolia Cancer Institute⟧ dated ⟦DATE:January 2026⟧.\n"
        "Patient: ⟦PERSON:Chloe Abernathy-Stone⟧ MRN ⟦ID:10-44-871⟧",
        ("pembrolizumab", "Keytruda", "since 2024", "RECIST 1.1", "Partial response"),
    ),
    (
        "us18",
        "en",
        "XR RIGHT ANKLE 3 VIEWS\n"
        "History: 61 yo male, fall. Guardian: ⟦PERSON:Joseph Yazzie⟧ (brother), ⟦PHONE:505-555-0134⟧. Resident of ⟦INSTITUTION:Four Winds Group Home⟧, ⟦ADDRESS:Gallup⟧, NM.\n"
        "Findings: Trimalleolar fracture (Weber C) with posterior malleolus fragment involving 30% of the tibial plafond. Maisonneuve not assessed; recommend tib-fib series.\n"
        "Pt: ⟦PERSON:Leonard Begay⟧",
        ("61 yo", "Trimalleolar fracture", "Weber C", "posterior malleolus", "Maisonneuve", "tib-fib series"),
    ),
    (
        "us19",
        "en",
        "⟦INSTITUTION:Prairie Wind Orthopedics⟧\n"
        "⟦ADDRESS:901 W Main St⟧, ⟦ADDRESS:Norman⟧, OK ⟦ADDRESS:73069-1182⟧\n"
        "Patient: ⟦PERSON:Frances Whitehorse⟧, Medicare MBI ⟦ID:4TE7-GH2-KP81⟧\n"
        "DXA: lumbar spine L1–L4 T-score -3.1 (osteoporosis). Prior DXA 2023 T-score -2.6. Started alendronate 70 mg weekly.\n"
        "Read by ⟦PERSON:Samuel Okoro⟧, MD on ⟦DATE:March 9th, 2026⟧",
        ("L1–L4", "T-score -3.1", "Prior DXA 2023", "alendronate 70 mg"),
    ),
    (
        "us20",
        "en",
        "CTA HEAD AND NECK\n"
        "Technique: Revolution CT, 70 mL Omnipaque 350, 3D MIP/VR reconstructions.\n"
        "Findings: 70% stenosis of the left ICA origin by NASCET criteria. Vertebral arteries codominant. Circle of Willis complete. No aneurysm.\n"
        "⟦PERSON:Hannah Greer⟧, MD\n"
        "Attending Radiologist\n"
        "cc: ⟦PERSON:Victor Salgado⟧, MD; ⟦PERSON:Jean-Baptiste Mbeki⟧, NP\n"
        "Dictated ⟦DATE:03/22/2026⟧ 11:02; transcribed by ⟦PERSON:Tamika Rhodes⟧",
        ("Revolution CT", "Omnipaque 350", "NASCET criteria", "Circle of Willis", "3D MIP/VR"),
    ),
)

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
