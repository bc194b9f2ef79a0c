# ruff: noqa: E501
"""Held-out 34, Germany: marked excerpts (see deid_corpus.py for the conventions)."""

DE = (
    (
        "de01",
        "de",
        "ZNA-Aufnahme 02:47 Uhr, Schockraum 1 | Alias ⟦ID:Unbekannt 4471⟧ | Fall ⟦ID:0072219845⟧\n"
        "Unbekannt, männlich, ca. 40 J., aufgefunden am Rheinufer, GCS 7, RTW-Einsatz ⟦ID:E-25-118734⟧.\n"
        "Polytrauma-CT (Kopf bis Becken): Epiduralhämatom temporal rechts 14 mm, Mittellinienverlagerung "
        "6 mm, Rotterdam-CT-Score 4. Identität später durch die Polizei geklärt: ⟦PERSON:Kovačević, Dragan⟧, "
        "geb. ⟦DATE:03.11.1984⟧, wohnhaft ⟦ADDRESS:Neusser Straße 212⟧, ⟦ADDRESS:50733 Köln⟧.",
        (
            "02:47 Uhr",
            "Schockraum 1",
            "ca. 40 J.",
            "GCS 7",
            "Epiduralhämatom",
            "14 mm",
            "Rotterdam-CT-Score 4",
            "Polizei",
        ),
    ),
    (
        "de02",
        "de",
        "Teleradiologie Nachtdienst – Befund für das ⟦INSTITUTION:Kreiskrankenhaus Schotten⟧\n"
        "Pat.: ⟦PERSON:GHEBREMEDHIN Tesfay⟧ (Eritrea), geb. ⟦DATE:00.00.1997⟧ lt. Ankunftsnachweis ⟦ID:AKN 4418 2093 61⟧\n"
        "Dolmetscher (Tigrinya) telefonisch über ⟦INSTITUTION:SprInt Dolmetscherdienst⟧, Herr ⟦PERSON:Yonas⟧, "
        "Tel. ⟦PHONE:0641 9434 117⟧.\n"
        "CT Thorax nativ: Kavernöse Läsion im apikalen Oberlappen rechts (Segment 1) 23 mm, Tree-in-bud, V. a. "
        "offene Lungen-Tbc. Isolierung, Meldung an das Gesundheitsamt empfohlen. Befundet 03:12 Uhr.",
        (
            "Teleradiologie",
            "Nachtdienst",
            "Tigrinya",
            "CT Thorax nativ",
            "Segment 1",
            "Tree-in-bud",
            "Lungen-Tbc",
            "03:12 Uhr",
        ),
    ),
    (
        "de03",
        "de",
        "Kostenträger: Landratsamt Ortenaukreis, Leistungen nach AsylbLG | Behandlungsschein Nr. ⟦ID:BS-2025-07713⟧\n"
        "BAMF-Aktenzeichen ⟦ID:8761342-423⟧ | AZR-Nr. ⟦ID:221134908771⟧\n"
        "Patientin: ⟦PERSON:Rahimi, Zahra⟧ (⟦PERSON:Rahimi, Sahra⟧ in der Aufenthaltsgestattung), * ⟦DATE:01.01.2003⟧\n"
        "Unterkunft: ⟦INSTITUTION:Gemeinschaftsunterkunft Am Mühlbach⟧, ⟦ADDRESS:Offenburg⟧\n"
        "Sonographie Schilddrüse: Knoten links 17 x 12 mm, TI-RADS 4, echoarm. Morbus Basedow klinisch unwahrscheinlich.",
        ("AsylbLG", "Sonographie Schilddrüse", "17 x 12 mm", "TI-RADS 4", "echoarm", "Morbus Basedow"),
    ),
    (
        "de04",
        "de",
        "Sehr geehrter Herr Kollege ⟦PERSON:Nguyen⟧,\n"
        "wir berichten über Ihren Patienten Herrn ⟦PERSON:Trần Văn Hùng⟧ (im KIS: ⟦PERSON:TRAN VAN HUNG⟧), "
        "geb. ⟦DATE:17.08.1961⟧. Die Tochter, Frau ⟦PERSON:Linh Tran-Becker⟧, übersetzte beim Aufklärungsgespräch "
        "(Mobil ⟦PHONE:0176 22418390⟧).\n"
        "MRT Leber mit Primovist: 3 Herde in Segment VII und VIII, größter 31 mm, arterielle Hypervaskularisation mit "
        "Wash-out, LI-RADS 5. Milan-Kriterien überschritten. Hepatitis-B-Zirrhose Child-Pugh B.",
        ("Primovist", "3 Herde", "Segment VII", "31 mm", "Wash-out", "LI-RADS 5", "Milan-Kriterien", "Child-Pugh B"),
    ),
    (
        "de05",
        "de",
        "PatientName: ⟦PERSON:AL-HASHIMI^MAHMOUD^ABDULLAH⟧^^DR\n"
        "PatientID: ⟦ID:PID7710294⟧ | PatientBirthDate: ⟦DATE:19580402⟧ | StudyDate: ⟦DATE:20250611⟧\n"
        "ReferringPhysicianName: ⟦PERSON:Schäfer-Ölmez^Derya⟧\n"
        "InstitutionName: ⟦INSTITUTION:Marienhospital Bottrop⟧ | Modality: CT | Manufacturer: SIEMENS | "
        "ManufacturerModelName: SOMATOM go.Top\n"
        "Befund: Koronarkalk Agatston 412, CAD-RADS 3. Kein Hinweis auf Aortendissektion Stanford A.",
        (
            "PatientName",
            "PatientBirthDate",
            "ReferringPhysicianName",
            "SOMATOM go.Top",
            "StudyDate",
            "Koronarkalk",
            "Agatston 412",
            "CAD-RADS 3",
            "Stanford A",
        ),
    ),
    (
        "de06",
        "de",
        "Bitte Rückruf an Frau ⟦PERSON:Wiesbaden⟧ (Sozialdienst, Durchwahl ⟦PHONE:4318⟧) wegen Kostenübernahme: "
        "Patient ⟦PERSON:Bogdan Hrytsenko⟧ (⟦PERSON:Bohdan Grytsenko⟧ laut Reisepass ⟦ID:FX 482913⟧), "
        "ukrainischer Staatsangehöriger, Aufenthaltserlaubnis nach § 24 AufenthG, eAT-Nr. ⟦ID:Y7K3LM04F⟧.\n"
        "Röntgen rechtes Sprunggelenk in 2 Ebenen: Weber-B-Fraktur mit Syndesmosen-Beteiligung. Ottawa Ankle Rules positiv. Aufnahme ⟦DATE:28.04.2025⟧, Wohnadresse ⟦ADDRESS:Lindenstraße 17⟧, ⟦ADDRESS:04105 Leipzig⟧.",
        (
            "Sozialdienst",
            "§ 24 AufenthG",
            "in 2 Ebenen",
            "Weber-B-Fraktur",
            "Syndesmosen-Beteiligung",
            "Ottawa Ankle Rules",
        ),
    ),
    (
        "de07",
        "de",
        "⟦INSTITUTION:Radiologie im Zentrum Kirchheim⟧ · ⟦ADDRESS:Marktstraße 9⟧ · ⟦ADDRESS:73230 Kirchheim unter Teck⟧\n"
        "Herrn Dr. med. ⟦PERSON:Krishnamurthy Venkataraman⟧, Hausarzt, Fax ⟦PHONE:07021 48 3317⟧\n"
        "Patientin: Frau ⟦PERSON:Selvarani Thurairajah⟧, geb. ⟦DATE:28. Februar 1952⟧\n"
        "MR-Mammographie: Rechts Non-mass enhancement 4 cm, Typ-II-Kurve, BI-RADS 4. Links Fibroadenom, unverändert "
        "zu 2021. Stanzbiopsie empfohlen.",
        (
            "Hausarzt",
            "MR-Mammographie",
            "Non-mass enhancement",
            "Typ-II-Kurve",
            "BI-RADS 4",
            "Fibroadenom",
            "2021",
            "Stanzbiopsie",
        ),
    ),
    (
        "de08",
        "de",
        "Polizeiliche Begleitung (2 Beamte, ⟦INSTITUTION:PI Frankfurt-Flughafen⟧), Patient in Gewahrsam.\n"
        "Name lt. Polizei: ⟦PERSON:Olumide Adeyemi-Okafor⟧, alias ⟦PERSON:Johnny O.⟧, Vorgangsnr. ⟦ID:ST/0817293/2025⟧\n"
        "CT Abdomen nativ (Bodypacker-Fragestellung): 84 ovaläre, hyperdense Fremdkörper in Kolon und Rektum, "
        "keine freie Luft, kein Ileus. Kontrolle nach Ausscheidung empfohlen.",
        (
            "Polizeiliche Begleitung",
            "2 Beamte",
            "Gewahrsam",
            "Bodypacker-Fragestellung",
            "84 ovaläre",
            "freie Luft",
            "Ileus",
        ),
    ),
    (
        "de09",
        "de",
        "EHIC-Daten: Name ⟦PERSON:Szabó⟧, Vorname ⟦PERSON:Ildikó⟧, Geburtsdatum ⟦DATE:1979-05-21⟧, "
        "pers. Kennnummer ⟦ID:084317295⟧, Karte Nr. ⟦ID:80348000010041827735⟧\n"
        "Urlauberin, Sturz beim Wandern am ⟦DATE:12. August⟧. Röntgen Handgelenk links: Distale Radiusfraktur Typ "
        "Colles, AO 23-A2. Gips, Kontrolle in 7 Tagen.",
        (
            "EHIC-Daten",
            "Urlauberin",
            "Röntgen Handgelenk links",
            "Radiusfraktur",
            "Colles",
            "AO 23-A2",
            "Gips",
            "in 7 Tagen",
        ),
    ),
    (
        "de10",
        "de",
        "Anforderung: Dr. ⟦PERSON:Mária Kovács-Horváth⟧, Station Gelb 3 (Innere), Piepser ⟦PHONE:7713⟧\n"
        "Pat.: ⟦PERSON:Papadopoulos, Konstantinos⟧, ⟦AGE:93⟧ J., aus dem ⟦INSTITUTION:Haus Lindenhof⟧ "
        "(Pflegeheim, Ansprechpartnerin Frau ⟦PERSON:Engel⟧, ⟦PHONE:0711 8822 45⟧)\n"
        "Röntgen Thorax: Kerley-B-Linien, Pleuraerguss beidseits, Cor vergrößert. Dekompensierte Herzinsuffizienz.",
        (
            "Station Gelb 3",
            "Innere",
            "Pflegeheim",
            "Kerley-B-Linien",
            "Pleuraerguss",
            "Cor vergrößert",
            "Herzinsuffizienz",
        ),
    ),
    (
        "de11",
        "de",
        "Rückholung: Auftrag des Assistance-Dienstes, Schadennr. ⟦ID:TRV-25-448120⟧, Police ⟦ID:7712-0943-01⟧\n"
        "Patient ⟦PERSON:Cheng Wei⟧ (Familienname ⟦PERSON:Cheng⟧), chinesischer Tourist, Pass ⟦ID:E71928344⟧, "
        "Kontakt Ehefrau ⟦PERSON:Li Mei⟧, ⟦PHONE:+86 138 1024 7719⟧, ⟦EMAIL:limei1978@163.com⟧\n"
        "Transportfähigkeit aus radiologischer Sicht: CT Schädel ohne Blutung, keine Fraktur. Flugtauglich. Untersuchung ⟦DATE:2025-08-02⟧, Rückflug ⟦DATE:05.08.2025⟧.",
        (
            "Rückholung",
            "Assistance-Dienstes",
            "Tourist",
            "Transportfähigkeit",
            "CT Schädel",
            "keine Fraktur",
            "Flugtauglich",
        ),
    ),
    (
        "de12",
        "de",
        "Befundmitteilung 23:58 Uhr telefonisch an Herrn ⟦PERSON:Koch⟧ (Assistenzarzt Unfallchirurgie) und Frau "
        "Dr. ⟦PERSON:Hoffmann-Yılmaz⟧, Oberärztin.\n"
        "Pat. ⟦PERSON:Çelik Baran⟧ (kurdischer Vorname ⟦PERSON:Baran⟧, Rufname ⟦PERSON:Baro⟧), 19 J.\n"
        "CT HWS: Jefferson-Fraktur C1 mit Massa-lateralis-Dislokation 8 mm, Dens intakt. Denver-Kriterien erfüllt, "
        "CT-Angiographie empfohlen. Unfall am Samstagabend, ⟦DATE:14.06.2025⟧ in ⟦ADDRESS:Hagen-Haspe⟧.",
        (
            "23:58 Uhr",
            "Assistenzarzt",
            "Unfallchirurgie",
            "Oberärztin",
            "19 J.",
            "Jefferson-Fraktur",
            "Massa-lateralis",
            "Denver-Kriterien",
        ),
    ),
    (
        "de13",
        "de",
        "Absender: ⟦INSTITUTION:MVZ Radiologie Weserbergland⟧ | ⟦URL:www.rad-weserbergland.de/termine⟧\n"
        "Terminbestätigung für ⟦PERSON:Mustafa bin Rashid Al-Balushi⟧, Versichertennr. ⟦ID:Z918273645⟧, "
        "am Dienstag, ⟦DATE:9.9.2025⟧ um 14:30 Uhr.\n"
        "MRT Knie rechts: Korbhenkelriss Innenmeniskus, Double-PCL-Sign, Hoffa-Fettkörper ödematös. Rückfragen: ⟦PHONE:05151 40 88 0⟧.",
        (
            "Terminbestätigung",
            "14:30 Uhr",
            "MRT Knie rechts",
            "Korbhenkelriss",
            "Innenmeniskus",
            "Double-PCL-Sign",
            "Hoffa-Fettkörper",
        ),
    ),
    (
        "de14",
        "de",
        "Konsil Neuroradiologie – ⟦PERSON:Dos Santos Ferreira, João Pedro⟧, * ⟦DATE:14.07.1988⟧, "
        "Bruder ⟦PERSON:Tiago dos Santos⟧ als Kontakt (⟦PHONE:+55 11 98812 4471⟧).\n"
        "MRT Schädel: Multiple Ringenhancende Läsionen (5), größte 12 mm, mit Skolex-Punkt: Neurozystizerkose. "
        "Differentialdiagnose Toxoplasmose. Kein Hydrozephalus. Anschrift: ⟦ADDRESS:Rua Augusta 401⟧, ⟦ADDRESS:São Paulo⟧.",
        (
            "Neuroradiologie",
            "MRT Schädel",
            "(5)",
            "12 mm",
            "Skolex-Punkt",
            "Neurozystizerkose",
            "Toxoplasmose",
            "Hydrozephalus",
        ),
    ),
    (
        "de15",
        "de",
        "Benutzer ⟦PERSON:skaraoglu⟧ hat den Befund am ⟦DATE:05.03.2025⟧ 07:12 freigegeben.\n"
        "Patient: ⟦PERSON:Berlin, Walter⟧, geb. ⟦DATE:22.12.1946⟧, ⟦ADDRESS:Am Heidekrug 4⟧, ⟦ADDRESS:14482 Potsdam⟧\n"
        "Vorbefund ⟦INSTITUTION:Charité⟧ vom ⟦DATE:Januar 2024⟧. PET-CT: Deauville 4, Lugano-Klassifikation Stadium III, "
        "Hodgkin-Lymphom.",
        ("07:12", "Vorbefund", "PET-CT", "Deauville 4", "Lugano-Klassifikation", "Stadium III", "Hodgkin-Lymphom"),
    ),
    (
        "de16",
        "de",
        "Schockraum-Alias ⟦ID:Trauma Delta 7⟧ | später identifiziert als ⟦PERSON:Hoxha, Arben⟧ (alb. ⟦PERSON:Arbën Hoxha⟧)\n"
        "Ehefrau ⟦PERSON:Drita⟧ informiert über Dolmetscherin Frau ⟦PERSON:Berisha⟧, Tel. ⟦PHONE:089 2180 7733⟧\n"
        "Traumaspirale: Milzlazeration AAST Grad III, Hämatoperitoneum, Rippenserienfraktur links 4–8. Kein Pneumothorax. Eintreffen ⟦DATE:31.10.2025⟧ 00:40 Uhr.",
        ("Traumaspirale", "Milzlazeration", "AAST Grad III", "Hämatoperitoneum", "Rippenserienfraktur", "Pneumothorax"),
    ),
)
