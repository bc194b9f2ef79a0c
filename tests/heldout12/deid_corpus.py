# ruff: noqa: E501
"""Held-out 12: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/deid/`), nor its tests, nor
bench/, nor the excerpts of any earlier held-out corpus, nor the discussion of misses in
docs/deid.md. Emphasis on what is hardest: names with no title or label (running text, lists,
table lines, after "discussed with", "informed", "Rücksprache mit", "telefonisch an"), names of
many origins and shapes (double-barrelled, particles, Asian order, initials, all caps), facilities
without a keyword (named after people, places or brands; abbreviations such as KSA, USZ, LUKS, AKH,
UKE, MGH), nursing homes and practices, addresses of every national shape, relatives and contacts,
referrers, cc lists, signatures, tumour boards, outside and prior studies, dates/IDs/phones in
national formats, ages over 89. Keep-terms as hard: eponyms that are surnames, anatomy, drugs,
contrast agents, devices, sequences, scanners, scores, image references, levels, place-named
classifications (Lugano, Bethesda, Atlanta, Milan, Stanford, Ottawa) and capitalised German nouns.

Markup, labels and span conventions are held-out 11's (see its docstring; titles, weekdays, ages
under 90, bare years and US state codes outside the spans); ids start with the country code.

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
        "⟦INSTITUTION:Radiologische Gemeinschaftspraxis Am Schlossgarten⟧ · ⟦ADDRESS:Schlossgartenweg 3⟧ · ⟦ADDRESS:68161 Mannheim⟧ · Tel. ⟦PHONE:0621 4407-210⟧\n"
        "Patient: ⟦PERSON:Kowalczyk, Dariusz⟧, geb. ⟦DATE:17.05.1961⟧\n"
        "MRT LWS vom ⟦DATE:02.11.2026⟧: Bandscheibenprotrusion L4/5 mit Kontakt zur Wurzel L5 links. Modic-Typ-II-Veränderungen der Deckplatte LWK 5.",
        ("Bandscheibenprotrusion", "L4/5", "Modic-Typ-II", "LWK 5"),
    ),
    (
        "de02",
        "de",
        "Befund telefonisch an ⟦PERSON:Meike Strothmann⟧ (Stationsärztin 4B) übermittelt. Rücksprache mit ⟦PERSON:Yilmaz⟧ (Neurochirurgie ⟦INSTITUTION:UKE⟧) erfolgt: Verlegung empfohlen.\n"
        "CT Schädel nativ: Akutes Subduralhämatom rechts frontoparietal, Mittellinienverlagerung 7 mm, keine Herniation.",
        ("Subduralhämatom", "frontoparietal", "Mittellinienverlagerung 7 mm", "CT Schädel nativ"),
    ),
    (
        "de03",
        "de",
        "Interdisziplinäre Tumorkonferenz ⟦DATE:25.11.2026⟧, ⟦INSTITUTION:Helios Klinikum Berlin-Buch⟧\n"
        "Teilnehmer: ⟦PERSON:Hannelore von Bredow⟧ (Onkologie), ⟦PERSON:Ahmad Karimi⟧ (Strahlentherapie), ⟦PERSON:Bettina Ostermeier-Lang⟧ (Radiologie), ⟦PERSON:Jonas de Vries⟧ (Chirurgie)\n"
        "Beschluss: Neoadjuvante Radiochemotherapie nach CROSS-Protokoll, Re-Staging mittels PET-CT in 6 Wochen.",
        ("Neoadjuvante Radiochemotherapie", "CROSS-Protokoll", "PET-CT", "Onkologie", "Strahlentherapie"),
    ),
    (
        "de04",
        "de",
        "Name\tVorname\tGeb.-Datum\tFallnr.\n"
        "⟦PERSON:Schwarzkopf⟧\t⟦PERSON:Lieselotte⟧\t⟦DATE:03.09.1931⟧\t⟦ID:7100458823⟧\n"
        "Anforderung: Dr. med. ⟦PERSON:F. Aydın⟧\n"
        "⟦AGE:95⟧-jährige Patientin. Röntgen Thorax a.p. liegend: Pleuraerguss beidseits, rechts betont. ZVK über V. jugularis interna rechts, Spitze in Projektion auf die V. cava superior.",
        ("Pleuraerguss", "ZVK", "V. jugularis interna", "V. cava superior"),
    ),
    (
        "de05",
        "de",
        "Zum Vergleich liegt eine auswärtige MRT aus der ⟦INSTITUTION:Radiologie am Rotkreuzplatz⟧ vom ⟦DATE:14.06.2025⟧ vor sowie ein CT des ⟦INSTITUTION:Klinikums rechts der Isar⟧ (⟦DATE:08/2024⟧). "
        "Größenprogredienz der Läsion in Segment VII von 18 auf 24 mm. LI-RADS 5. Milan-Kriterien erfüllt.",
        ("Segment VII", "18 auf 24 mm", "LI-RADS 5", "Milan-Kriterien"),
    ),
    (
        "de06",
        "de",
        "Kontrastmittel Gadovist 7,5 ml i.v. ohne Unverträglichkeit.\n\nMit freundlichen kollegialen Grüßen\n\n"
        "⟦PERSON:Konstantin Wöhrle⟧\t\t⟦PERSON:Aleksandra Nowak-Brandt⟧\nChefarzt\t\tFachärztin für Radiologie\n\n"
        "cc: Hausarzt Dr. ⟦PERSON:Reinhard Pfisterer⟧, ⟦ADDRESS:Hauptstraße 88⟧, ⟦ADDRESS:72622 Nürtingen⟧",
        ("Gadovist 7,5 ml", "Chefarzt", "Fachärztin für Radiologie"),
    ),
    (
        "de07",
        "de",
        "Begleitperson: Tochter ⟦PERSON:Sabine Gerlach⟧, Tel. ⟦PHONE:0171 3398 2140⟧. Die Patientin (⟦AGE:91⟧ J.) ist nicht einwilligungsfähig; Betreuer ⟦PERSON:Horst Mahlmann⟧ hat der KM-Gabe zugestimmt. "
        "Aufnahme aus dem ⟦INSTITUTION:Seniorenstift Rosenhöhe⟧. CT Abdomen: Ileus bei Briden.",
        ("KM-Gabe", "nicht einwilligungsfähig", "Tochter", "Betreuer", "Ileus bei Briden"),
    ),
    (
        "de08",
        "de",
        "Herr ⟦PERSON:Mehmet Ali Doğan⟧ stellt sich zur Verlaufskontrolle vor. Bekannter Morbus Crohn mit Fistel nach Parks Typ II. "
        "Zuweisung durch ⟦PERSON:Nadia El-Khoury⟧ aus der Praxis ⟦INSTITUTION:Gastro am Dom⟧.",
        ("Verlaufskontrolle", "Morbus Crohn", "Parks Typ II", "Fistel"),
    ),
    (
        "de09",
        "de",
        "Auftragsnr. ⟦ID:RA-2026-118734⟧ | Untersuchung ⟦DATE:30.11.2026⟧ | Pat.-ID ⟦ID:000912345⟧\n"
        "Rückfragen: Sekretariat Radiologie, ⟦PHONE:+49 (0)89 4400-73620⟧, Fax ⟦PHONE:089 4400-73629⟧, ⟦EMAIL:radiologie.sekretariat@klinikum-harlaching.de⟧\n"
        "CT-Angiographie der Becken-Bein-Arterien: Verschluss der A. femoralis superficialis links über 12 cm, TASC II C.",
        ("CT-Angiographie", "A. femoralis superficialis", "12 cm", "TASC II C"),
    ),
    (
        "de10",
        "de",
        "Patient: ⟦PERSON:Bauer, Friedrich-Wilhelm⟧\nBecken a.p.: Keine Fraktur. Schulter rechts: Kalkdepot in der Supraspinatussehne, Hill-Sachs-Delle nicht abgrenzbar. Der Kopf steht zentriert in der Pfanne.",
        ("Becken", "Kalkdepot", "Supraspinatussehne", "Hill-Sachs-Delle", "Kopf", "Pfanne"),
    ),
    (
        "de11",
        "de",
        "Vorbefunde aus der ⟦INSTITUTION:Charité Campus Virchow⟧ und von ⟦INSTITUTION:Vivantes Auguste-Viktoria⟧ liegen vor; Nachsorge bei ⟦PERSON:Ursula Brinkmann-Sayed⟧. "
        "MRT Mamma: Non-mass Enhancement links, Kurventyp III, BI-RADS 4.",
        ("MRT Mamma", "Non-mass Enhancement", "Kurventyp III", "BI-RADS 4"),
    ),
    (
        "de12",
        "de",
        "Herrn\n⟦PERSON:Volker Itzenplitz⟧\n⟦ADDRESS:Am Mühlbach 7a, Hinterhaus⟧\n⟦ADDRESS:01558 Großenhain⟧\n\n"
        "Sehr geehrter Herr ⟦PERSON:Itzenplitz⟧,\nim MRT des Kniegelenks rechts zeigt sich eine Korbhenkelruptur des Innenmeniskus. Baker-Zyste 3 cm.",
        ("Kniegelenks", "Korbhenkelruptur", "Innenmeniskus", "Baker-Zyste"),
    ),
    (
        "de13",
        "de",
        "Patientin ⟦PERSON:NGUYEN Thi Thu Hà⟧, geb. ⟦DATE:1.2.1979⟧, Versichertennr. ⟦ID:K482917365⟧. Dolmetscherin: ⟦PERSON:Thu Trang Pham⟧.\n"
        "Mammographie beidseits: BI-RADS 4a rechts oben außen, ACR-Dichte C. Stanzbiopsie empfohlen.",
        ("BI-RADS 4a", "oben außen", "ACR-Dichte C", "Stanzbiopsie"),
    ),
    (
        "de14",
        "de",
        "Bilder abrufbar unter ⟦URL:https://pacs-portal.radiologie-ostholstein.de/share/9f3k2⟧ (PIN per SMS). Bei Fragen: ⟦EMAIL:h.tjarks@radiologie-ostholstein.de⟧.\n"
        "Lungen-CT low dose: Solider Rundherd im Unterlappen links 7 mm, Lung-RADS 3; nach Fleischner-Kriterien Kontrolle in 6 Monaten.",
        ("Rundherd", "Unterlappen links", "Lung-RADS 3", "Fleischner-Kriterien"),
    ),
    (
        "de15",
        "de",
        "Die ⟦AGE:96⟧-jährige Bewohnerin des ⟦INSTITUTION:Haus Abendfrieden⟧ wurde nach Sturz eingeliefert. Pflegekraft ⟦PERSON:Svetlana Ivanova⟧ informiert. "
        "Hüftgelenk rechts: Mediale Schenkelhalsfraktur Garden IV, Pauwels III.",
        ("Hüftgelenk rechts", "Schenkelhalsfraktur", "Garden IV", "Pauwels III"),
    ),
    (
        "de16",
        "de",
        "PAT: ⟦PERSON:WEISSENFELS-ÖZTÜRK, ELIF⟧ *⟦DATE:22.07.1990⟧\nZUW: ⟦PERSON:Reuter J.⟧ / ⟦INSTITUTION:MVZ Nordstadt⟧\n"
        "DIAG: V.a. Sinusvenenthrombose. MR-Venographie (TOF, 2D-PC): Sinus sigmoideus links nicht kontrastiert. Delta-Zeichen nicht sicher.",
        ("Sinusvenenthrombose", "TOF", "Sinus sigmoideus", "Delta-Zeichen"),
    ),
    (
        "de17",
        "de",
        "Gerät: Siemens MAGNETOM Vida 3T, Sequenzen T2 TSE, DWI b1000, SWI. Untersucht von MTRA ⟦PERSON:K. Lindqvist⟧, befundet von ⟦PERSON:Thorsten van Aken⟧. "
        "ADC-Absenkung im Thalamus links, passend zu frischem lakunärem Infarkt.",
        ("MAGNETOM Vida 3T", "T2 TSE", "DWI b1000", "SWI", "Thalamus links"),
    ),
    (
        "de18",
        "de",
        "Rücksprache mit ⟦PERSON:Grünewald⟧ (App. ⟦PHONE:4471⟧) und ⟦PERSON:Lea-Marie Schäfer⟧ (Intensivstation, ⟦PHONE:0341 97-17240⟧). Zweitmeinung von ⟦INSTITUTION:Uniklinik Leipzig⟧ erbeten. "
        "CT Abdomen: Freie Luft subphrenisch, Perforation eines Ulcus duodeni wahrscheinlich.",
        ("Intensivstation", "Freie Luft", "subphrenisch", "Ulcus duodeni"),
    ),
    (
        "de19",
        "de",
        "Verteiler: ⟦PERSON:Anke Rohwedder⟧ (Hausärztin, ⟦ADDRESS:Lange Reihe 19⟧, ⟦ADDRESS:20099 Hamburg⟧); ⟦INSTITUTION:Asklepios Klinik St. Georg⟧, Kardiologie; ⟦INSTITUTION:Albertinen Herz- und Gefäßzentrum⟧. "
        "Ehemann der Patientin: ⟦PERSON:Claus-Dieter Rohwedder⟧, ⟦PHONE:040 / 28 40 77 13⟧.\n"
        "Kardio-CT: Agatston-Score 412, CAD-RADS 3, Stenose RIVA proximal 50-69 %.",
        ("Kardiologie", "Agatston-Score 412", "CAD-RADS 3", "RIVA proximal"),
    ),
    # ---------------- AT ----------------
    (
        "at01",
        "de",
        "⟦INSTITUTION:AKH Wien⟧ – Universitätsklinik für Radiologie und Nuklearmedizin\nPatient: ⟦PERSON:Hrdlička, Wenzel⟧, SVNR ⟦ID:4471 150348⟧\n"
        "FDG-PET/CT: Deauville 4 in mediastinalen Lymphknoten, Lugano Stadium II. Besprechung im Tumorboard empfohlen.",
        ("FDG-PET/CT", "Deauville 4", "Lugano Stadium II", "Tumorboard"),
    ),
    (
        "at02",
        "de",
        "Zuweisung: Ordination Dr. ⟦PERSON:Eva-Maria Haidinger-Pöll⟧, Allgemeinmedizin, ⟦ADDRESS:Hauptplatz 12/2/5⟧, ⟦ADDRESS:8230 Hartberg⟧.\n"
        "Sonographie Schilddrüse: Knoten rechts 14 mm, TI-RADS 4, Zytologie nach FNP gemäß Bethesda-Klassifikation.",
        ("Schilddrüse", "14 mm", "TI-RADS 4", "Bethesda-Klassifikation"),
    ),
    (
        "at03",
        "de",
        "Befund an OA ⟦PERSON:Kurt Schuster⟧ (⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧) telefonisch durchgegeben, ebenso an die Tochter ⟦PERSON:Renate Koller⟧ (⟦PHONE:0664 / 512 88 31⟧). "
        "Thorax-CT: Lungenembolie zentral beidseits, RV/LV-Ratio 1,3.",
        ("Thorax-CT", "Lungenembolie", "RV/LV-Ratio 1,3"),
    ),
    (
        "at04",
        "de",
        "Tumorboard ⟦INSTITUTION:Ordensklinikum Linz Barmherzige Schwestern⟧, ⟦DATE:3.12.2026⟧\nAnwesend:\nPrim. ⟦PERSON:Gerold Lechner⟧\n⟦PERSON:Šimunović A.⟧\n⟦PERSON:Pichler-Rainer M.⟧\n⟦PERSON:Ebner⟧ (Pathologie)\n"
        "Empfehlung: Whipple-Operation bei resektablem Pankreaskopfkarzinom (NCCN), kein Kontakt zur A. mesenterica superior.",
        ("Pathologie", "Whipple-Operation", "Pankreaskopfkarzinom", "NCCN", "A. mesenterica superior"),
    ),
    (
        "at05",
        "de",
        "Patientin: ⟦PERSON:Ilse Brandstätter⟧, ⟦ADDRESS:Gumpendorfer Straße 104/3/17⟧, ⟦ADDRESS:1060 Wien⟧, geb. ⟦DATE:09.04.1933⟧ (⟦AGE:93⟧ J.). Versicherung: BVAEB.\n"
        "Knochendichtemessung DXA: T-Score LWS -3,1, Schenkelhals -2,6: Osteoporose.",
        ("BVAEB", "DXA", "T-Score LWS -3,1", "Osteoporose"),
    ),
    (
        "at06",
        "de",
        "Vorbefunde: CT ⟦INSTITUTION:KFJ⟧ (⟦DATE:11/2025⟧), MRT ⟦INSTITUTION:Diagnosezentrum Urania⟧ (⟦DATE:02.03.2026⟧), Szintigraphie ⟦INSTITUTION:Hanusch⟧. "
        "Im Verlauf stationäre Osteolyse im Os ilium rechts, Mirels-Score 7.",
        ("Szintigraphie", "Osteolyse", "Os ilium", "Mirels-Score 7"),
    ),
    (
        "at07",
        "de",
        "Kind ⟦PERSON:Leonie Aigner⟧, ⟦DATE:14.08.2022⟧. Mutter ⟦PERSON:Katharina Aigner-Wurm⟧ anwesend. Ultraschall Abdomen: Invagination ileokolisch, Kokardenzeichen, Durchmesser 3,1 cm. "
        "Hydrostatische Desinvagination erfolgreich.",
        ("Invagination", "Kokardenzeichen", "3,1 cm", "Hydrostatische Desinvagination"),
    ),
    (
        "at08",
        "de",
        "⟦PERSON:PÖLZL Andreas⟧ | ⟦DATE:28.02.1958⟧ | m | Aufn.Zl. ⟦ID:2026/044718⟧ | Station 3 Süd\n"
        "CT Abdomen mit KM (Omnipaque 350, 90 ml): Sigmadivertikulitis Hansen/Stock IIb mit gedeckter Perforation.",
        ("Omnipaque 350", "Sigmadivertikulitis", "Hansen/Stock IIb", "gedeckter Perforation"),
    ),
    (
        "at09",
        "de",
        "Erwachsenenvertreterin: Mag. ⟦PERSON:Johanna Reisinger⟧ (⟦PHONE:0732 / 77 65 43-12⟧), informiert am ⟦DATE:01.12.2026⟧.\n"
        "Durchleuchtung: Lage der PEG-Sonde regelrecht, kein Kontrastmittelaustritt (Gastrografin).",
        ("Durchleuchtung", "PEG-Sonde", "Gastrografin"),
    ),
    (
        "at10",
        "de",
        "⟦INSTITUTION:Radiologie Hietzing⟧, ⟦ADDRESS:Hietzinger Hauptstraße 40⟧, ⟦ADDRESS:1130 Wien⟧ – Befund für ⟦PERSON:Branko Jovanović⟧ (⟦DATE:5.5.1969⟧).\n"
        "MRT Schulter: Partialruptur der Supraspinatussehne (Ellman Grad II), Bankart-Läsion nicht nachweisbar.",
        ("Partialruptur", "Ellman Grad II", "Bankart-Läsion"),
    ),
    (
        "at11",
        "de",
        "Verlegung an die ⟦INSTITUTION:Tirol Kliniken Innsbruck⟧ (Neurochirurgie) nach Rücksprache mit ⟦PERSON:Thaler⟧. "
        "DSA: Aneurysma der A. communicans anterior, 6 mm, Hunt & Hess 3, Fisher 4.",
        ("A. communicans anterior", "6 mm", "Hunt & Hess 3", "Fisher 4"),
    ),
    (
        "at12",
        "de",
        "Herr ⟦PERSON:Alois Grabherr⟧ aus ⟦ADDRESS:Dornbirn⟧, im ⟦AGE:94⟧. Lebensjahr, Pflegeheim ⟦INSTITUTION:Haus Mariahilf⟧. "
        "Thorax pa/seitl.: Kerley-B-Linien, Herzschatten verbreitert (CTR 0,58), Pleuraerguss links.",
        ("Kerley-B-Linien", "Herzschatten", "CTR 0,58", "Pleuraerguss links"),
    ),
    (
        "at13",
        "de",
        "Patientin ⟦PERSON:Mirela Hadžić⟧, zugewiesen vom ⟦INSTITUTION:Traumazentrum Wien Lorenz Böhler⟧.\n"
        "CT Kalkaneus: intraartikuläre Fraktur Sanders Typ III, Tubergelenkwinkel nach Böhler 18°.",
        ("Kalkaneus", "Sanders Typ III", "nach Böhler 18°"),
    ),
    (
        "at14",
        "de",
        "Befundversand an ⟦EMAIL:ordination@dr-haslinger.at⟧ und per DaMe an ⟦INSTITUTION:PVE Gesundheitszentrum Enns⟧.\n"
        "MRT LWS: Spinalkanalstenose L3/4 Schizas C, Synovialzyste facettär.",
        ("Spinalkanalstenose", "L3/4", "Schizas C", "Synovialzyste"),
    ),
    (
        "at15",
        "de",
        "Patientin ⟦PERSON:ZHANG Xiuying⟧, geb. ⟦DATE:30.10.1956⟧, Dolmetsch per Video (⟦PERSON:Li Wei⟧).\n"
        "Mammasonographie: Fibroadenom 9 mm rechts bei 10 Uhr, BI-RADS 2.",
        ("Mammasonographie", "Fibroadenom", "bei 10 Uhr", "BI-RADS 2"),
    ),
    (
        "at16",
        "de",
        "Knie: Gonarthrose Kellgren-Lawrence 3, Chondrokalzinose.\n"
        "Diktiert: OA ⟦PERSON:Moser⟧ / geschrieben: ⟦PERSON:Hofer⟧ / vidiert: Prim. Univ.-Prof. ⟦PERSON:Bernhard Schöllhammer⟧, ⟦DATE:04.12.2026⟧",
        ("Gonarthrose", "Kellgren-Lawrence 3", "Chondrokalzinose"),
    ),
    (
        "at17",
        "de",
        "Überweisung aus dem ⟦INSTITUTION:Uniklinikum Salzburg⟧ (⟦INSTITUTION:SALK⟧); Kontakt Sozialarbeiterin ⟦PERSON:Daniela Fuchsberger⟧, ⟦PHONE:+43 5 7255-24310⟧.\n"
        "Ergebnis: Nierenzyste Bosniak IIF links, 28 mm.",
        ("Nierenzyste", "Bosniak IIF", "28 mm"),
    ),
    (
        "at18",
        "de",
        "⟦PERSON:Herta Petschnig⟧, 78 J., ⟦ADDRESS:Seeblickweg 5⟧, ⟦ADDRESS:9220 Velden am Wörther See⟧. St. p. Hüft-TEP 2019 links.\n"
        "Röntgen: Lockerungssaum Gruen-Zone 7, heterotope Ossifikationen Brooker I.",
        ("78 J.", "Hüft-TEP", "2019", "Gruen-Zone 7", "Brooker I"),
    ),
    (
        "at19",
        "de",
        "Patient: ⟦PERSON:Özdemir-Hasenöhrl, Serkan⟧ | SVNR ⟦ID:2981 240581⟧ | ⟦ADDRESS:Lastenstraße 8/Top 14⟧, ⟦ADDRESS:4020 Linz⟧ | Zuw.: ⟦INSTITUTION:Kepler Uniklinikum Med Campus III⟧ | Tel. ⟦PHONE:+43 (0)5 7680 83-0⟧ | Befunddatum ⟦DATE:02.12.2026⟧\n"
        "CT Nasennebenhöhlen: Lund-Mackay-Score 14, Concha bullosa links.",
        ("CT Nasennebenhöhlen", "Lund-Mackay-Score 14", "Concha bullosa"),
    ),
    # ---------------- CH ----------------
    (
        "ch01",
        "de",
        "Zuweisung: ⟦INSTITUTION:KSA⟧, Klinik für Gastroenterologie. Patientin ⟦PERSON:Vreni Zimmerli-Bärtschi⟧, ⟦DATE:12.11.1952⟧, ⟦ADDRESS:Dorfstrasse 21⟧, ⟦ADDRESS:5034 Suhr⟧.\n"
        "MRCP: Choledocholithiasis, DHC 11 mm. Nach Atlanta-Klassifikation interstitielle ödematöse Pankreatitis.",
        ("MRCP", "Choledocholithiasis", "DHC 11 mm", "Atlanta-Klassifikation"),
    ),
    (
        "ch02",
        "de",
        "AHV-Nr. ⟦ID:756.4471.2039.85⟧ | PID ⟦ID:30081772⟧ | ⟦INSTITUTION:USZ⟧ Institut für Diagnostische und Interventionelle Radiologie\n"
        "Besprochen mit ⟦PERSON:Reto Caduff⟧ (Kardiologie). Kardio-MRT: Late Enhancement subepikardial lateral, passend zu Myokarditis (Lake-Louise-Kriterien erfüllt).",
        ("Late Enhancement", "subepikardial", "Myokarditis", "Lake-Louise-Kriterien"),
    ),
    (
        "ch03",
        "de",
        "Kopie an: ⟦INSTITUTION:LUKS Sursee⟧; ⟦INSTITUTION:Hausarztpraxis Grütli⟧, ⟦PERSON:Beat Kottmann⟧; ⟦INSTITUTION:Spitex Wiggertal⟧.\n"
        "CT Thorax: Bronchiektasen Unterlappen beidseits, Tree-in-bud-Muster, V.a. MAC-Infektion.",
        ("Bronchiektasen", "Tree-in-bud", "MAC-Infektion"),
    ),
    (
        "ch04",
        "de",
        "Patient: ⟦PERSON:de Weck, Jean-Pierre⟧ / Ehefrau ⟦PERSON:Anna von Graffenried⟧ (⟦PHONE:079 412 33 90⟧)\n"
        "Vorbild: MRI ⟦INSTITUTION:Hirslanden Salem-Spital⟧ vom ⟦DATE:4.7.2025⟧. Progrediente Spondylodiszitis Th11/12 mit epiduralem Abszess.",
        ("Spondylodiszitis", "Th11/12", "epiduralem Abszess"),
    ),
    (
        "ch05",
        "de",
        "Verlegung auf die Stroke Unit der ⟦INSTITUTION:Insel⟧ nach Absprache mit Dr. ⟦PERSON:Mühlemann⟧.\n"
        "CT-Perfusion: Mismatch im Mediastromgebiet links, ASPECTS 8, Verschluss M1.",
        ("Stroke Unit", "CT-Perfusion", "Mediastromgebiet", "ASPECTS 8"),
    ),
    (
        "ch06",
        "de",
        "Notfall ⟦INSTITUTION:Permanence Hauptbahnhof Zürich⟧ | Fall-Nr. ⟦ID:F-2026-0983311⟧ | ⟦PERSON:Ardit Krasniqi⟧ ⟦DATE:19.03.2001⟧\n"
        "Handgelenk d.p./seitl.: distale Radiusfraktur Typ Colles, Frykman III, ulnare Vorschubstellung.",
        ("distale Radiusfraktur", "Colles", "Frykman III"),
    ),
    (
        "ch07",
        "de",
        "⟦INSTITUTION:USB⟧ Radiologie & Nuklearmedizin, ⟦ADDRESS:Petersgraben 4⟧, ⟦ADDRESS:4031 Basel⟧\n"
        "Visiert von ⟦PERSON:Sandra Huber-Oeschger⟧ und ⟦PERSON:Lukas Tschudin⟧, ⟦DATE:05.12.2026⟧.\n"
        "PSMA-PET/CT (68Ga-PSMA-11): PROMISE miTNM T0 N1 M0, PSMA-Expression Score 3.",
        ("PSMA-PET/CT", "68Ga-PSMA-11", "PROMISE miTNM", "Score 3"),
    ),
    (
        "ch08",
        "de",
        "Bewohnerin des ⟦INSTITUTION:Alterszentrum Sonnmatt⟧, ⟦AGE:99⟧-jährig. Angehörige: Neffe ⟦PERSON:Urs Wyss⟧ (⟦PHONE:+41 31 352 18 07⟧).\n"
        "Röntgen Becken: Schambeinastfraktur rechts, keine Dislokation.",
        ("Becken", "Schambeinastfraktur", "keine Dislokation"),
    ),
    (
        "ch09",
        "de",
        "Telefonisch informiert: ⟦PERSON:Chiara Bernasconi⟧ (Hausärztin) sowie ⟦PERSON:Marco Rüegg⟧ (Onkologie ⟦INSTITUTION:KSSG⟧).\n"
        "Staging-CT: Neu aufgetretene Lebermetastasen Segment IVa und VI, Progression nach RECIST 1.1.",
        ("Staging-CT", "Lebermetastasen", "Segment IVa", "RECIST 1.1"),
    ),
    (
        "ch10",
        "de",
        "⟦INSTITUTION:KSW⟧ | Auftrag ⟦ID:2612045537⟧ | Zuweiser ⟦PERSON:Nägeli Thomas⟧, ⟦INSTITUTION:Praxis am Obertor⟧, ⟦ADDRESS:8400 Winterthur⟧\n"
        "Sonographie Leiste: Inguinalhernie links, indirekt, Bruchpforte 18 mm. Valsalva-Manöver positiv.",
        ("Inguinalhernie", "Bruchpforte 18 mm", "Valsalva-Manöver"),
    ),
    (
        "ch11",
        "fr",
        "⟦INSTITUTION:CHUV⟧ – Service de radiodiagnostic et radiologie interventionnelle\n"
        "Patiente: Mme ⟦PERSON:Gisèle Favre-Bulle⟧, née le ⟦DATE:02.06.1941⟧, ⟦ADDRESS:Chemin des Vignes 8⟧, ⟦ADDRESS:1009 Pully⟧\n"
        "IRM hépatique (Primovist): nodule de 22 mm du segment VIII, LI-RADS 4.",
        ("IRM hépatique", "Primovist", "segment VIII", "LI-RADS 4"),
    ),
    (
        "ch12",
        "fr",
        "Résultat communiqué par téléphone au Dr ⟦PERSON:Olivier Dubuis⟧ et à la fille de la patiente, ⟦PERSON:Nathalie Rey⟧. "
        "Angio-CT: dissection aortique Stanford A, extension jusqu'aux artères iliaques. Transfert aux ⟦INSTITUTION:HUG⟧.",
        ("Angio-CT", "dissection aortique", "Stanford A", "artères iliaques"),
    ),
    (
        "ch13",
        "fr",
        "Mme ⟦PERSON:Marguerite Pasche⟧, ⟦AGE:97⟧ ans, EMS ⟦INSTITUTION:Les Tilleuls du Jorat⟧, ⟦ADDRESS:Mézières⟧.\n"
        "Radiographie du thorax: opacité alvéolaire basale droite, signe de la silhouette positif.",
        ("Radiographie du thorax", "opacité alvéolaire", "signe de la silhouette"),
    ),
    (
        "ch14",
        "fr",
        "Médecin adressant: Dr ⟦PERSON:Karim Benali⟧, cabinet ⟦INSTITUTION:Médecins de la Gare⟧, ⟦ADDRESS:Avenue de la Gare 33⟧, ⟦ADDRESS:1950 Sion⟧, tél. ⟦PHONE:027 322 45 10⟧.\n"
        "Scanner cérébral: hématome sous-dural chronique gauche, effet de masse modéré.",
        ("Scanner cérébral", "hématome sous-dural chronique", "effet de masse"),
    ),
    (
        "ch15",
        "fr",
        "Colloque multidisciplinaire du ⟦DATE:1er décembre 2026⟧ (⟦INSTITUTION:HFR Fribourg⟧): ⟦PERSON:A. Rossier⟧, ⟦PERSON:S. Ndiaye⟧, ⟦PERSON:Pham Van Long⟧.\n"
        "Proposition: chimiothérapie FOLFIRINOX, réévaluation scanographique selon RECIST.",
        ("Colloque multidisciplinaire", "FOLFIRINOX", "RECIST"),
    ),
    (
        "ch16",
        "it",
        "⟦INSTITUTION:EOC⟧ – ⟦INSTITUTION:Ospedale Regionale di Lugano⟧. Paziente: ⟦PERSON:Bernasconi-Pedrazzini Rita⟧, nata il ⟦DATE:11.09.1930⟧ (⟦AGE:96⟧ anni).\n"
        "Linfoma follicolare, stadio Lugano III; PET: Deauville 3.",
        ("Linfoma follicolare", "stadio Lugano III", "Deauville 3"),
    ),
    (
        "ch17",
        "it",
        "Referto comunicato telefonicamente al medico curante ⟦PERSON:Fabio Guscetti⟧ (⟦PHONE:091 825 61 70⟧) e alla moglie ⟦PERSON:Lorenza Guscetti⟧.\n"
        "TC addome: appendicite acuta con appendicolita, liquido libero nel Douglas.",
        ("TC addome", "appendicite acuta", "appendicolita", "Douglas"),
    ),
    (
        "ch18",
        "it",
        "Esame precedente presso ⟦INSTITUTION:Clinica Luganese Moncucco⟧ (⟦DATE:marzo 2025⟧) e ⟦INSTITUTION:Cardiocentro Ticino⟧. Paziente domiciliato in ⟦ADDRESS:Via Cantonale 12⟧, ⟦ADDRESS:6900 Massagno⟧.\n"
        "RM cardiaca: FEVS 38 %, LGE intramiocardico settale.",
        ("RM cardiaca", "FEVS 38 %", "LGE"),
    ),
    (
        "ch19",
        "de",
        "Berichtskopie: ⟦INSTITUTION:Kantonsspital Graubünden⟧; ⟦PERSON:Gian-Andrea Cavelti⟧, ⟦INSTITUTION:Praxis Plessur⟧, ⟦ADDRESS:Bahnhofstrasse 7⟧, ⟦ADDRESS:7000 Chur⟧; Sohn ⟦PERSON:Curdin Cavelti⟧ ⟦PHONE:081 252 44 19⟧\n"
        "Sonographie Nieren: Hydronephrose Grad II rechts, Nierenbeckenkelchsystem erweitert.",
        ("Sonographie Nieren", "Hydronephrose Grad II", "Nierenbeckenkelchsystem"),
    ),
    # ---------------- UK ----------------
    (
        "uk01",
        "en",
        "⟦INSTITUTION:Royal Berkshire NHS Foundation Trust⟧\n"
        "Patient: ⟦PERSON:OKONKWO, Chidinma Grace⟧  NHS No: ⟦ID:485 777 3456⟧  DOB: ⟦DATE:14/02/1987⟧  Hosp No: ⟦ID:RBH1193842⟧\n"
        "US pelvis: 4.2 cm dermoid cyst of the left ovary, O-RADS 4. Rokitansky nodule present.",
        ("4.2 cm", "dermoid cyst", "O-RADS 4", "Rokitansky nodule"),
    ),
    (
        "uk02",
        "en",
        "Lung MDT, Thursday ⟦DATE:3 December 2026⟧ – ⟦INSTITUTION:Wythenshawe⟧\n"
        "Present: ⟦PERSON:Siobhan O'Malley⟧ (chair), ⟦PERSON:Rajesh Venkataraman⟧, ⟦PERSON:Tomasz Wiśniewski⟧, ⟦PERSON:Helen Ashworth-Price⟧ (CNS)\n"
        "Outcome: T2a N0 M0 adenocarcinoma RUL; for SABR. Brock score 62%.",
        ("T2a N0 M0", "RUL", "SABR", "Brock score 62%"),
    ),
    (
        "uk03",
        "en",
        "Findings discussed with ⟦PERSON:Gareth Pryce-Jones⟧ (on-call surgical registrar) and with the patient's partner ⟦PERSON:Aled Morgan⟧ by phone (⟦PHONE:07700 900 418⟧). "
        "CT abdomen: small bowel obstruction with a transition point in the right iliac fossa; closed loop not excluded.",
        ("small bowel obstruction", "transition point", "right iliac fossa", "closed loop"),
    ),
    (
        "uk04",
        "en",
        "GP: Dr ⟦PERSON:Amara Nwosu⟧, ⟦INSTITUTION:Hollybank Surgery⟧, ⟦ADDRESS:12 Mill Road⟧, ⟦ADDRESS:Cambridge⟧ ⟦ADDRESS:CB1 2AD⟧\n"
        "CC: Mr ⟦PERSON:Iain Fotheringham⟧, Consultant Urologist, ⟦INSTITUTION:Addenbrooke's⟧\n"
        "CT KUB: 6 mm calculus at the right VUJ with mild hydronephrosis, density 1100 Hounsfield units.",
        ("Consultant Urologist", "CT KUB", "6 mm calculus", "VUJ", "1100 Hounsfield units"),
    ),
    (
        "uk05",
        "en",
        "⟦INSTITUTION:NHS Greater Glasgow and Clyde⟧ | CHI ⟦ID:1203451234⟧ | ⟦PERSON:MACLEOD, Ishbel⟧ | ⟦ADDRESS:Flat 2/1, 48 Dumbarton Road⟧, ⟦ADDRESS:Glasgow G11 6QE⟧\n"
        "MRI brain: multiple periventricular and juxtacortical lesions; Dawson's fingers; McDonald 2017 criteria for dissemination in space met.",
        ("periventricular", "juxtacortical", "Dawson's fingers", "McDonald 2017 criteria"),
    ),
    (
        "uk06",
        "en",
        "Referred by ⟦PERSON:Ffion Llewellyn⟧, ANP, ⟦INSTITUTION:Ysbyty Gwynedd⟧. Patient lives with daughter ⟦PERSON:Carys Roberts⟧ in ⟦ADDRESS:Llanberis⟧.\n"
        "XR knee: Segond fracture with lipohaemarthrosis; ACL injury likely.",
        ("Segond fracture", "lipohaemarthrosis", "ACL injury"),
    ),
    (
        "uk07",
        "en",
        "⟦AGE:102⟧-year-old lady from ⟦INSTITUTION:Cedar Lodge Care Home⟧, ⟦ADDRESS:Harrogate⟧. Next of kin: ⟦PERSON:Pauline Whitaker⟧ (niece) ⟦PHONE:01423 556 709⟧.\n"
        "CXR: right lower lobe consolidation; CURB-65 recorded as 3 by the ward.",
        ("CXR", "right lower lobe consolidation", "CURB-65"),
    ),
    (
        "uk08",
        "en",
        "DEXA: femoral neck T-score -2.8; FRAX 10-year major osteoporotic fracture risk 24%.\n"
        "Reported by: DR ⟦PERSON:A K BHATTACHARYYA⟧, Consultant Radiologist, GMC ⟦ID:4471093⟧\nVerified: ⟦DATE:05/12/2026⟧",
        ("femoral neck T-score -2.8", "FRAX", "24%", "Consultant Radiologist"),
    ),
    (
        "uk09",
        "en",
        "Comparison: CT from ⟦INSTITUTION:Spire Leeds⟧ (⟦DATE:June 2025⟧) and PET-CT at ⟦INSTITUTION:St James's⟧ (⟦DATE:12.01.26⟧). "
        "Oesophageal tumour, Siewert type II, now with new nodal disease at station 7.",
        ("PET-CT", "Siewert type II", "station 7"),
    ),
    (
        "uk10",
        "en",
        "H&C No: ⟦ID:320 419 8812⟧  ⟦PERSON:Ciarán Mac Giolla Bhríde⟧  ⟦DATE:29-Jul-1974⟧\n"
        "⟦INSTITUTION:Antrim Area Hospital⟧ ED. CT head: no intracranial haemorrhage; Canadian CT Head Rule applied.",
        ("CT head", "intracranial haemorrhage", "Canadian CT Head Rule"),
    ),
    (
        "uk11",
        "en",
        "Please contact ⟦PERSON:Bukola Adeyemi-Smith⟧ on ext. ⟦PHONE:64218⟧ or bleep ⟦PHONE:2207⟧ with any queries.\n"
        "Ultrasound: gallbladder wall 5 mm with pericholecystic fluid, sonographic Murphy's sign positive. Tokyo Guidelines grade II.",
        ("pericholecystic fluid", "Murphy's sign", "Tokyo Guidelines grade II"),
    ),
    (
        "uk12",
        "en",
        "⟦INSTITUTION:Harley Vale Imaging⟧, ⟦ADDRESS:64 Weymouth Street⟧, ⟦ADDRESS:London W1G 8NU⟧. Self-pay patient: ⟦PERSON:Yuki Tanaka-Brennan⟧, DOB ⟦DATE:8th March 1992⟧.\n"
        "MRI pelvis: deep endometriosis of the uterosacral ligaments, #Enzian P1 O0.",
        ("deep endometriosis", "uterosacral ligaments", "#Enzian"),
    ),
    (
        "uk13",
        "en",
        "Image 34/112 (series 5) shows a 9 mm nodule. Prior from ⟦INSTITUTION:Royal Derby⟧ dated ⟦DATE:14/11/2024⟧ imported to PACS by ⟦PERSON:Kieran Doherty⟧.",
        ("Image 34/112", "series 5", "9 mm nodule"),
    ),
    (
        "uk14",
        "en",
        "Mother, ⟦PERSON:Precious Mutasa⟧, present throughout. Child: ⟦PERSON:Tinashe Mutasa⟧, DOB ⟦DATE:02/10/2019⟧.\n"
        "Skeletal survey: classic metaphyseal corner fractures of both distal femora. Safeguarding team (⟦PERSON:Lorna Quigley⟧) informed.",
        ("Skeletal survey", "metaphyseal corner fractures", "distal femora", "Safeguarding team"),
    ),
    (
        "uk15",
        "en",
        "Secretary: ⟦PERSON:Jo Featherstonehaugh⟧, ⟦EMAIL:jo.featherstonehaugh@nhs.net⟧, ⟦PHONE:0191 445 2090⟧. ⟦INSTITUTION:Queen Elizabeth Hospital Gateshead⟧.\n"
        "Barium swallow: Zenker's diverticulum 2.5 cm arising at Killian's dehiscence.",
        ("Barium swallow", "Zenker's diverticulum", "2.5 cm", "Killian's dehiscence"),
    ),
    (
        "uk16",
        "en",
        "Re: ⟦PERSON:Doreen Hargreaves⟧ (⟦DATE:17.04.1936⟧), ⟦ADDRESS:7 Cherry Tree Close⟧, ⟦ADDRESS:Wigan⟧ ⟦ADDRESS:WN3 5PL⟧. Age ⟦AGE:90⟧.\n"
        "Hip XR: Garden I subcapital fracture; Singh index 3.",
        ("Garden I", "subcapital fracture", "Singh index 3"),
    ),
    (
        "uk17",
        "en",
        "Dictated by ⟦PERSON:Ewan Mackintosh⟧; typed by ⟦PERSON:L. Sarpong⟧ ⟦DATE:4/12/26⟧. ⟦INSTITUTION:Raigmore⟧, ⟦ADDRESS:Inverness⟧.\n"
        "MRI lumbar spine: Pfirrmann grade IV at L5/S1 with Modic type 1 change.",
        ("MRI lumbar spine", "Pfirrmann grade IV", "L5/S1", "Modic type 1"),
    ),
    (
        "uk18",
        "en",
        "Rota this week: ⟦PERSON:Oluwaseun Bankole⟧, ⟦PERSON:Mei-Ling Chu⟧, ⟦PERSON:Pádraig Ó Súilleabháin⟧, ⟦PERSON:Anneke van der Berg⟧, ⟦PERSON:Hamid bin Rashid⟧. IR list Monday ⟦DATE:7/12⟧.\n"
        "Procedure: TIPS insertion with Viatorr stent; portosystemic gradient 21 to 8 mmHg.",
        ("TIPS", "Viatorr", "portosystemic gradient", "8 mmHg"),
    ),
    (
        "uk19",
        "en",
        "Ward 7B, ⟦INSTITUTION:Ninewells⟧, ⟦ADDRESS:Dundee⟧. Patient: ⟦PERSON:Agnieszka Kowalewska-Reid⟧, CHI ⟦ID:0307621187⟧. NOK: husband ⟦PERSON:Callum Reid⟧, ⟦ADDRESS:3 Balgay Terrace⟧, ⟦ADDRESS:DD2 1QT⟧, mob. ⟦PHONE:07812 334 590⟧.\n"
        "CT pulmonary angiogram: no PE; incidental 14 mm adrenal nodule, washout 62% (adenoma).",
        ("Ward 7B", "CT pulmonary angiogram", "adrenal nodule", "washout 62%"),
    ),
    # ---------------- US ----------------
    (
        "us01",
        "en",
        "⟦INSTITUTION:MGH⟧ Department of Radiology\n"
        "Patient: ⟦PERSON:Delacroix-Whitfield, Marisol A.⟧  MRN: ⟦ID:0048813927⟧  DOB: ⟦DATE:11/06/1958⟧  Acc#: ⟦ID:E14592871⟧\n"
        "CT chest with IV contrast (Isovue-370, 80 mL): segmental pulmonary emboli in the RLL; no right heart strain.",
        ("Isovue-370", "80 mL", "RLL", "right heart strain"),
    ),
    (
        "us02",
        "en",
        "Ordering: ⟦PERSON:Nguyen, Bao Q.⟧, MD  |  PCP: ⟦PERSON:Ramona Two Bulls⟧, PA-C  |  cc: ⟦PERSON:Elliot Hirschfeld⟧, ⟦INSTITUTION:Cascade Spine & Joint⟧\n"
        "MRI L-spine: L4-L5 broad-based disc protrusion with moderate canal stenosis; facet arthropathy.",
        ("L4-L5", "broad-based disc protrusion", "facet arthropathy"),
    ),
    (
        "us03",
        "en",
        "History obtained from her grandson, ⟦PERSON:DeShawn Whitaker⟧, and ⟦PERSON:Lupe Fonoti⟧ (caregiver), reachable at ⟦PHONE:(808) 555-0147⟧. "
        "Patient is a ⟦AGE:94⟧-year-old woman at ⟦INSTITUTION:Kapiolani Gardens⟧ assisted living.\nCT head: chronic small vessel ischemic disease; no acute hemorrhage.",
        ("CT head", "chronic small vessel ischemic disease", "acute hemorrhage"),
    ),
    (
        "us04",
        "en",
        "Patient address: ⟦ADDRESS:4410 Willow Creek Pkwy, Apt 3B⟧, ⟦ADDRESS:Round Rock⟧, TX ⟦ADDRESS:78681⟧\nInsurance ID: ⟦ID:XGH882019433⟧\n"
        "US abdomen RUQ: hepatic steatosis; Couinaud segment 6 hemangioma 1.4 cm, unchanged.",
        ("TX", "hepatic steatosis", "Couinaud segment 6", "hemangioma 1.4 cm"),
    ),
    (
        "us05",
        "en",
        "Outside MRI from ⟦INSTITUTION:Desert Sky Imaging⟧ (⟦DATE:Feb 2026⟧) and prior CT at ⟦INSTITUTION:Banner Thunderbird⟧ reviewed. "
        "Left vestibular schwannoma 11 mm, Koos grade II.",
        ("vestibular schwannoma", "11 mm", "Koos grade II"),
    ),
    (
        "us06",
        "en",
        "IMPRESSION: BI-RADS 0; additional views of the left breast needed. Cooper ligaments intact.\n"
        "Electronically signed by: ⟦PERSON:Priya Raghunathan⟧, MD on ⟦DATE:12/05/2026⟧\nResident: ⟦PERSON:Kofi Mensah-Bonsu⟧, MD",
        ("BI-RADS 0", "additional views", "Cooper ligaments"),
    ),
    (
        "us07",
        "en",
        "⟦INSTITUTION:VA Puget Sound Health Care System⟧, ⟦INSTITUTION:American Lake⟧ Division. Veteran: ⟦PERSON:Harlan J. McAllister⟧, SSN ⟦ID:539-22-4417⟧.\n"
        "Shoulder XR: Hill-Sachs lesion and bony Bankart.",
        ("Shoulder XR", "Hill-Sachs lesion", "bony Bankart"),
    ),
    (
        "us08",
        "en",
        "Critical result called to ⟦PERSON:Jennifer Okafor⟧, RN, at ⟦PHONE:555-0182⟧ ext. ⟦PHONE:3391⟧, read back and confirmed. "
        "Tension pneumothorax on the left with mediastinal shift.",
        ("Tension pneumothorax", "mediastinal shift"),
    ),
    (
        "us09",
        "en",
        "Accession: ⟦ID:20261130-0117⟧   Order #: ⟦ID:ORD-7733102⟧\nExam date: ⟦DATE:November 30th, 2026⟧\n"
        "XR ankle: Weber B fibular fracture; Ottawa ankle rules positive.",
        ("Weber B", "fibular fracture", "Ottawa ankle rules"),
    ),
    (
        "us10",
        "en",
        "PATIENT: ⟦PERSON:BAKER, ROSALIND⟧  SEX: F  AGE: 67\n"
        "MRI knee: 3 cm Baker cyst; complex tear of the posterior horn of the medial meniscus.",
        ("AGE: 67", "Baker cyst", "posterior horn", "medial meniscus"),
    ),
    (
        "us11",
        "en",
        "Transferred from ⟦INSTITUTION:St. Vincent Evansville⟧ to our NICU. Infant of ⟦PERSON:Amber Kowalski⟧, born ⟦DATE:12/01/2026⟧.\n"
        "Babygram: umbilical venous catheter tip at T9, endotracheal tube 1 cm above the carina. RDS pattern.",
        ("umbilical venous catheter", "T9", "carina", "RDS pattern"),
    ),
    (
        "us12",
        "en",
        "Thoracic Tumor Board – ⟦DATE:12/3/26⟧\n"
        "Attendees: ⟦PERSON:Gutierrez-Ybarra⟧ (Med Onc), ⟦PERSON:Lindgren⟧ (Rad Onc), ⟦PERSON:Abernathy⟧ (Thoracic Surgery), ⟦PERSON:Sato⟧ (Pathology), ⟦PERSON:Ferreira da Silva⟧ (Radiology)\n"
        "Recommendation: lobectomy; nodule meets Fleischner high-risk criteria; PD-L1 TPS 60%.",
        ("Rad Onc", "lobectomy", "Fleischner", "PD-L1 TPS 60%"),
    ),
    (
        "us13",
        "en",
        "Comparison: ⟦INSTITUTION:Sloan Kettering⟧ CT (⟦DATE:08/2025⟧); ⟦INSTITUTION:Hopkins⟧ PET (⟦DATE:10/14/2025⟧).\n"
        "Lymphoma: complete metabolic response by Lugano criteria, Deauville 2.",
        ("complete metabolic response", "Lugano criteria", "Deauville 2"),
    ),
    (
        "us14",
        "en",
        "Images available at ⟦URL:https://share.brightpathimaging.com/s/KQ72XN⟧. Questions: ⟦EMAIL:readingroom@brightpathimaging.com⟧ or ⟦PHONE:1-800-555-0199⟧.\n"
        "⟦INSTITUTION:BrightPath Imaging⟧, ⟦ADDRESS:2200 Lakeshore Dr, Suite 410⟧, ⟦ADDRESS:Chicago⟧, IL ⟦ADDRESS:60616-1123⟧\n"
        "Thyroid US: TR4 nodule 1.6 cm (ACR TI-RADS), FNA recommended.",
        ("IL", "TR4", "ACR TI-RADS", "FNA"),
    ),
    (
        "us15",
        "en",
        "Pt ⟦PERSON:Eleanor Whitcomb⟧, ⟦AGE:91⟧ y/o F, MRN ⟦ID:M-00741952⟧, seen at ⟦INSTITUTION:Northside Ortho⟧.\n"
        "Lateral C-spine: Type II odontoid fracture (Anderson and D'Alonzo).",
        ("Lateral C-spine", "Type II odontoid fracture", "Anderson and D'Alonzo"),
    ),
    (
        "us16",
        "en",
        "Spanish interpreter ⟦PERSON:María José Ortega Villanueva⟧ (ID ⟦ID:44812⟧) present. Patient's husband, ⟦PERSON:Joaquín Ortega⟧, consented.\n"
        "Hysterosalpingogram: bilateral hydrosalpinx; no spill.",
        ("Hysterosalpingogram", "hydrosalpinx", "no spill"),
    ),
    (
        "us17",
        "en",
        "Follow-up scheduled for ⟦DATE:Jan. 9⟧ with ⟦PERSON:Anand Iyer⟧ at ⟦INSTITUTION:Lakeside Vascular Associates⟧, P.C. (fax ⟦PHONE:(414) 555-0163⟧).\n"
        "Duplex: >70% ICA stenosis on the right by NASCET; PSV 260 cm/s.",
        (">70% ICA stenosis", "NASCET", "PSV 260 cm/s"),
    ),
    (
        "us18",
        "en",
        "Patient ⟦PERSON:Park Ji-hoon⟧ (preferred name ⟦PERSON:Jay⟧) was accompanied by his sister ⟦PERSON:Soo-ah Park⟧. Previous PET at ⟦INSTITUTION:Cedars⟧ (⟦DATE:9/2025⟧).\n"
        "Skull base: glomus jugulare tumor, Fisch class C2.",
        ("Skull base", "glomus jugulare", "Fisch class C2"),
    ),
    (
        "us19",
        "en",
        "⟦INSTITUTION:Beth Israel Deaconess⟧ | Pt: ⟦PERSON:O'Donnell-Nakamura, Fiona⟧ | DOB ⟦DATE:03-22-1930⟧ (⟦AGE:96⟧ yo) | MRN ⟦ID:BI-5520193⟧ | Emergency contact: son ⟦PERSON:Kenji O'Donnell⟧ ⟦PHONE:617.555.0134⟧\n"
        "CTA head/neck: Fazekas grade 2 white matter disease; no LVO.",
        ("CTA head/neck", "Fazekas grade 2", "white matter disease", "no LVO"),
    ),
)

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
