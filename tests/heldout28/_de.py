# ruff: noqa: E501
"""Held-out 28, Germany: 16 excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

RAW_DE: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de01",
        "de",
        """Zentrale Notaufnahme – Ersteinschätzung
Pat.: ⟦PERSON:Yılmaz, Emre⟧ (auch ⟦PERSON:Yilmaz⟧ geschrieben), geb. ⟦DATE:14.02.1979⟧, Fall-Nr. ⟦ID:7734120958⟧
Ankunft 02:47 Uhr mit RTW, Manchester-Triage Kat. 2 (orange), Schockraum-Alarm nicht ausgelöst.
Sturz vom Gerüst ca. 4 m, GCS 14. Begleitperson: Bruder ⟦PERSON:Mert Yılmaz⟧, mobil ⟦PHONE:0176 48 22 913⟧.
Anforderung: Polytrauma-CT nach Rüedi-Schema? Nein – CT Kopf/HWS nach Canadian C-Spine Rule, FAST negativ.
Triage: Pflegekraft ⟦PERSON:Jana⟧ (Login ⟦PERSON:jkoerner2⟧), Arzt ZNA Dr. ⟦PERSON:Hoffmann⟧, Funk ⟦PHONE:2218⟧.""",
        (
            "Manchester-Triage",
            "02:47 Uhr",
            "Schockraum-Alarm",
            "GCS 14",
            "Canadian C-Spine Rule",
            "FAST negativ",
            "Polytrauma-CT",
            "Sturz vom Gerüst",
            "Kat. 2",
            "CT Kopf/HWS",
        ),
    ),
    (
        "de02",
        "de",
        """Übergabeprotokoll Rettungsdienst (MIND)
Einsatz-Nr. ⟦ID:2026-118-04417⟧ · RTW 3/83-1 ⟦INSTITUTION:Feuerwehr Bochum⟧ · Übergabe 23:15 an Schockraum
Pat. weiblich, 67 J., Fundort ⟦ADDRESS:Hattinger Str. 214, 44795 Bochum⟧ (Wohnung), Nachbarin Frau ⟦PERSON:Stępień⟧ hat 112 gewählt.
Bewusstlos aufgefunden, initial SpO2 84 %, Rekap 2,5 s, 12-Kanal-EKG: STEMI Hinterwand, ASS 250 mg i.v. + Heparin 5000 IE.
NA: ⟦PERSON:Kowalczyk⟧, NotSan ⟦PERSON:T. Brinkmann⟧. Hausarzt: ⟦INSTITUTION:Praxis Dr. Lindqvist⟧, ⟦PHONE:0234 77 31 09⟧.
Angehörige: Sohn ⟦PERSON:Pawel⟧ (spricht Polnisch/Deutsch).""",
        (
            "23:15",
            "STEMI Hinterwand",
            "ASS 250 mg",
            "Heparin 5000 IE",
            "12-Kanal-EKG",
            "SpO2 84 %",
            "67 J.",
            "Schockraum",
            "Bewusstlos aufgefunden",
        ),
    ),
    (
        "de03",
        "de",
        """Herzkatheterlabor – Untersuchungsprotokoll
⟦PERSON:Al-Hassan, Mohammed⟧ (Pass: ⟦PERSON:ALHASAN MOHAMMAD⟧), * ⟦DATE:01.01.1961⟧, PID ⟦ID:400815532⟧
Zugang: A. radialis rechts, Allen-Test unauffällig, 6F Schleuse, Seldinger-Technik. Katheter Judkins links 3.5 / Judkins rechts 4.
Befund: RIVA proximal 90 % (Medina 1,1,0), RCX ohne Stenose, RCA dominant. PCI mit DES 3,0 x 18 mm, TIMI 3.
Durchleuchtungszeit 7,4 min, Flächendosisprodukt 2140 cGy·cm², Kontrastmittel Imeron 350: 120 ml.
Untersucher: OA Dr. ⟦PERSON:Fabian Koch⟧, Assistenz ⟦PERSON:Ch. Weber⟧ – ⟦INSTITUTION:Herzzentrum Duisburg⟧, Labor 2, ⟦DATE:2026-10-21⟧.""",
        (
            "Allen-Test",
            "Seldinger-Technik",
            "Judkins links 3.5",
            "RIVA proximal 90 %",
            "Medina 1,1,0",
            "TIMI 3",
            "Imeron 350",
            "A. radialis rechts",
            "6F Schleuse",
        ),
    ),
    (
        "de04",
        "de",
        """Verlegungsbericht Intensivstation 3B (operative Intensivmedizin)
Sehr geehrte Frau Kollegin ⟦PERSON:Osterkamp⟧,
wir verlegen Herrn ⟦PERSON:Oleksandr Shevchenko⟧ (im KIS als ⟦PERSON:Schewtschenko, Oleksandr⟧ angelegt), geb. ⟦DATE:9. März 1988⟧,
nach 11 Tagen Beatmung (ARDS nach Influenza A, Horovitz-Quotient initial 88) auf Ihre IMC.
CT Thorax vom ⟦DATE:28.10.⟧: beidseitige Konsolidierungen, kein Pneumothorax, ZVK V. jugularis interna rechts korrekt.
Aufenthaltstitel Nr. ⟦ID:Y4C7Z0M31⟧ (§ 24 AufenthG). Ehefrau ⟦PERSON:Iryna⟧ erreichbar über ⟦PHONE:+380 67 512 4480⟧; Dolmetscherin Frau ⟦PERSON:Hnatiuk⟧ via ⟦INSTITUTION:Sprachmittlerpool Ruhr⟧.
Mit freundlichen Grüßen, Dr. ⟦PERSON:Ayşe Demirci⟧ für das Team der ⟦INSTITUTION:Uniklinik Essen⟧""",
        (
            "ARDS",
            "Horovitz-Quotient",
            "Influenza A",
            "IMC",
            "Pneumothorax",
            "V. jugularis interna rechts",
            "11 Tagen Beatmung",
            "Intensivstation 3B",
            "Konsolidierungen",
            "CT Thorax",
            "§ 24 AufenthG",
            "ZVK",
        ),
    ),
    (
        "de05",
        "de",
        """MRT fetal (Pränatalmedizin) – Anforderung und Befund
Schwangere: ⟦PERSON:Tesfamariam, Selam⟧ (alt. ⟦PERSON:Tesfamaryam⟧), 24 J., G2/P1, SSW 31+2 nach Naegele-Regel.
Dolmetscher Tigrinya: Herr ⟦PERSON:Yonas Gebremedhin⟧ (⟦INSTITUTION:Caritas Dolmetscherdienst⟧, ⟦PHONE:0511 3687 442⟧).
Frage: Verdacht auf Zwerchfellhernie links (Bochdalek) im US vom ⟦DATE:02.11.2026⟧ bei ⟦INSTITUTION:Frauenarztpraxis am Kröpcke⟧.
Befund: Magen und Dünndarm intrathorakal links, LHR o/e 32 %, Leber nicht hernisiert. Kein Hydrops. HASTE, TrueFISP, DWI.
Plazenta Hinterwand, kein Hinweis auf Plazenta accreta. Fruchtwasser normal.
Partner: ⟦PERSON:Filmon⟧, Tel. ⟦PHONE:0157 3321 0874⟧. Befundet ⟦DATE:04.11.2026⟧, Dr. ⟦PERSON:Rieke Nagelschmidt⟧.""",
        (
            "Naegele-Regel",
            "SSW 31+2",
            "Bochdalek",
            "LHR o/e 32 %",
            "HASTE",
            "TrueFISP",
            "Plazenta accreta",
            "24 J.",
            "Zwerchfellhernie",
            "Kein Hydrops",
            "DWI",
        ),
    ),
    (
        "de06",
        "de",
        """Mammographie-Screening-Programm – Einladung zur Abklärung
⟦INSTITUTION:Screening-Einheit Münster-Süd⟧ · ⟦ADDRESS:Albersloher Weg 33, 48155 Münster⟧
Frau ⟦PERSON:Gül Öztürk⟧, ⟦ADDRESS:Kanalstraße 9a, 48147 Münster⟧
Screening-ID ⟦ID:SE-MS-0049-18837⟧, Erstuntersuchung am ⟦DATE:17. Oktober 2026⟧.
In der Doppelbefundung (Prof. ⟦PERSON:Richter⟧ / Dr. ⟦PERSON:Paget⟧) zeigte sich rechts oben außen ein Herdbefund 9 mm, BI-RADS 4a.
Bitte kommen Sie zur Tomosynthese und Sonographie am ⟦DATE:Dienstag, 10.11.⟧ um 08:40 Uhr. Programmverantwortlicher Arzt: Dr. ⟦PERSON:Hans-Joachim Sommer⟧.
Rückfragen ⟦PHONE:0251 98 77 60⟧ oder ⟦URL:www.mammo-muenster-sued.de/termine⟧. Morbus Paget der Mamille wurde nicht gesehen.""",
        (
            "Doppelbefundung",
            "BI-RADS 4a",
            "Tomosynthese",
            "08:40 Uhr",
            "Herdbefund 9 mm",
            "Morbus Paget der Mamille",
            "Sonographie",
            "rechts oben außen",
            "Programmverantwortlicher Arzt",
            "Erstuntersuchung",
            "Screening-ID",
        ),
    ),
    (
        "de07",
        "de",
        """Sportmedizinische Untersuchung / Eignung Leistungssport
Sportler: ⟦PERSON:Krzysztof „Krzysiek“ Wójcik⟧ (Verband: ⟦PERSON:Wojcik, Krzysztof⟧), Jg. 2005, Kader ⟦INSTITUTION:TuS Nettelstedt⟧
MRT Knie links nach Distorsion beim Training: vordere Kreuzbandruptur, Segond-Fraktur, bone bruise lateraler Femurkondylus (kissing contusion).
Hoffa-Fettkörper ödematös, Baker-Zyste 2 cm. Keine Osgood-Schlatter-Residuen. Außenmeniskus Hinterhorn Grad 2 nach Stoller.
Mannschaftsarzt: Dr. ⟦PERSON:Björn Stark⟧ (⟦EMAIL:b.stark@tus-nettelstedt.de⟧). Trainer Herr ⟦PERSON:Baker⟧ informiert.
Betriebsärztlicher Dienst ⟦INSTITUTION:Miele Werk Gütersloh⟧ (Arbeitgeber) erhält nur Eignungsvermerk. Untersuchung ⟦DATE:30.10.26⟧.""",
        (
            "Segond-Fraktur",
            "Hoffa-Fettkörper",
            "Baker-Zyste",
            "Osgood-Schlatter",
            "Stoller",
            "kissing contusion",
            "Jg. 2005",
            "vordere Kreuzbandruptur",
            "Außenmeniskus Hinterhorn Grad 2",
        ),
    ),
    (
        "de08",
        "de",
        """Mund-, Kiefer- und Gesichtschirurgie – DVT-Befund
Überweisung von ⟦INSTITUTION:Zahnarztpraxis Dr. Nguyen & Partner⟧, ⟦ADDRESS:Leipzig-Plagwitz⟧, Zahnarzt Dr. ⟦PERSON:Thi Lan Nguyen⟧.
Patientin ⟦PERSON:Frey, Hannelore⟧, ⟦AGE:91⟧ J., Pflegeheim ⟦INSTITUTION:Haus Abendsonne⟧, Betreuer RA ⟦PERSON:Volker Frey⟧ (⟦PHONE:0341 2244 17⟧).
DVT (Planmeca Viso G7, FOV 8 x 8 cm): Osteolyse regio 36/37 mit Sequester, DD Medikamenten-assoziierte Kiefernekrose (Alendronat seit 2014).
Canalis mandibulae links arrodiert. Stafne-Zyste rechts als Nebenbefund. Kein Frey-Syndrom klinisch.
Aufnahme-Nr. ⟦ID:DVT-26-09931⟧ vom ⟦DATE:20261026⟧.""",
        (
            "Planmeca Viso G7",
            "regio 36/37",
            "Sequester",
            "Alendronat seit 2014",
            "Canalis mandibulae links",
            "Stafne-Zyste",
            "Frey-Syndrom",
            "FOV 8 x 8 cm",
            "Osteolyse",
            "Medikamenten-assoziierte Kiefernekrose",
        ),
    ),
    (
        "de09",
        "de",
        """[Zweitmeinungsportal] Neue Nachricht im Fall ⟦ID:ZM-2026-55120⟧
Von: ⟦PERSON:Tharshini Sivakumar⟧ <⟦EMAIL:tharshini.s@gmx.de⟧>
„Guten Tag, mein Vater ⟦PERSON:Kandiah Sivakumar⟧ (auch ⟦PERSON:Kanthiah Sivakumaran⟧ im Pass) wurde im ⟦INSTITUTION:Klinikum Frankfurt Höchst⟧ operiert. Die CDs sind hochgeladen.“
Antwort Teleradiologie (⟦INSTITUTION:Telerad Mitte GmbH⟧), Dr. ⟦PERSON:Lukas Ebner⟧:
CT Abdomen mit KM vom ⟦DATE:13.10.2026⟧: Zustand nach Whipple-OP, kein Lokalrezidiv, Pankreatikojejunostomie offen.
Kleines Lebersegment-VIII-Hämangiom unverändert. Abrechnung über Selbstzahler-Tarif, Portal-Link ⟦URL:https://portal.telerad-mitte.de/f/8Kq2Lm⟧.""",
        (
            "Whipple-OP",
            "Lokalrezidiv",
            "Pankreatikojejunostomie",
            "Lebersegment-VIII-Hämangiom",
            "CT Abdomen mit KM",
            "Selbstzahler-Tarif",
            "Teleradiologie",
            "Zustand nach Whipple-OP",
            "Zweitmeinungsportal",
        ),
    ),
    (
        "de10",
        "de",
        """MSH|^~\\&|ORBIS|⟦INSTITUTION:KLINIKUM AUGSBURG⟧|RIS|RAD|⟦DATE:20261105081233⟧||ORM^O01|⟦ID:MSG00417729⟧|P|2.5
PID|1||⟦ID:1000774512⟧^^^KAUG^PI||⟦PERSON:ÇELIK^MEHMET^ALI⟧^^^Hr.||⟦DATE:19701212⟧|M|||⟦ADDRESS:Jakoberstr. 40^^Augsburg^^86152^D⟧||⟦PHONE:0821 44 1920⟧
PV1|1|I|KARD^K3-12^2||||⟦ID:0815⟧^⟦PERSON:BAUER^KLAUS⟧^^^Dr.
ORC|NW|⟦ID:A26-331847⟧
OBR|1|⟦ID:A26-331847⟧||CTKOR^CT Koronarangiographie^L|||⟦DATE:202611050800⟧
OBX|1|TX|||Agatston-Score erfragen, Calcium Scoring, Herzfrequenz 58/min unter Metoprolol, CAD-RADS""",
        (
            "ORM^O01",
            "CT Koronarangiographie",
            "Agatston-Score",
            "Calcium Scoring",
            "Metoprolol",
            "CAD-RADS",
            "KARD",
            "OBX",
            "Herzfrequenz 58/min",
            "CTKOR",
            "ORBIS",
        ),
    ),
    (
        "de11",
        "de",
        """Antrag auf Kostenübernahme (AsylbLG § 4) an das ⟦INSTITUTION:Sozialamt der Stadt Chemnitz⟧
Betr.: ⟦PERSON:Habibi, Zahra⟧, geb. ⟦DATE:07/1994⟧, Aktenzeichen ⟦ID:50.2-AsylbLG-88412⟧, Unterkunft ⟦ADDRESS:Adalbert-Stifter-Weg 25, Chemnitz⟧
Sehr geehrte Damen und Herren, wir beantragen die Kostenübernahme für eine MRT des Beckens (Verdacht auf tubo-ovariellen Abszess, Douglas-Raum mit Flüssigkeit).
Die Untersuchung ist nach § 4 AsylbLG zur Behandlung akuter Schmerzzustände erforderlich. Gynäkologin: Dr. ⟦PERSON:Elke Sonntag⟧.
Ansprechpartnerin Sozialdienst Fr. ⟦PERSON:Lehmann-Aziz⟧, ⟦PHONE:0371 333 4 2817⟧, Fax ⟦PHONE:0371 333 4 2899⟧.
Rückmeldung erbeten bis ⟦DATE:Freitag, den 13. November⟧.""",
        (
            "AsylbLG § 4",
            "MRT des Beckens",
            "tubo-ovariellen Abszess",
            "Douglas-Raum",
            "akuter Schmerzzustände",
            "Kostenübernahme",
            "Sozialdienst",
            "Gynäkologin",
            "Unterkunft",
        ),
    ),
    (
        "de12",
        "de",
        """Kinderradiologie – Röntgen Unterarm links, Kind 4 J.
Kind: ⟦PERSON:Leni Marie Winter⟧, geb. ⟦DATE:22.06.2022⟧. Sturz vom Klettergerüst in der ⟦INSTITUTION:Kita Sonnenblume⟧, Erzieherin Frau ⟦PERSON:Kuhn⟧ begleitet (Kita-Tel. ⟦PHONE:0911 56 24 07⟧).
Mutter ⟦PERSON:Sabine Winter⟧ kommt nach. Grünholzfraktur distaler Radius mit 12° Abkippung nach palmar, Ulna intakt, keine Monteggia-Läsion.
Wachstumsfugen offen, kein Salter-Harris-Muster. Für die Unfallmeldung an die Unfallkasse: Kita-Nr. ⟦ID:KT-0412-77⟧.
Befundet ⟦DATE:5.11.2026⟧ 10:05 Uhr von Dr. ⟦PERSON:Winter⟧ (nicht verwandt).""",
        (
            "Grünholzfraktur",
            "distaler Radius",
            "Monteggia-Läsion",
            "Salter-Harris",
            "10:05 Uhr",
            "Wachstumsfugen",
            "4 J.",
            "12° Abkippung",
            "Klettergerüst",
        ),
    ),
    (
        "de13",
        "de",
        """Befund (Spracherkennung, nicht korrigiert)
Patient ⟦PERSON:Ludwig Brugger⟧ Komma geboren am ⟦DATE:dritten Mai neunzehnhundertfünfzig⟧ Punkt
CT Hals mit Kontrastmittel Doppelpunkt phlegmonöse Entzündung Mundboden bds. Komma Bild einer Ludwig Angina Punkt neuer Absatz
Luftein schlüsse submandibulär Komma keine Mediastinitis Punkt Jugularvenen frei Komma kein Lemierre Punkt
Diktiert von Oberarzt ⟦PERSON:Schuster⟧ Komma Kopie an Kollege Dr. ⟦PERSON:Brugger⟧ ⟦INSTITUTION:HNO Praxis am Dom⟧ Punkt
Rückruf unter ⟦PHONE:null acht neun eins zwei drei vier fünf sechs⟧ Punkt Diktat Nummer ⟦ID:D-884120⟧""",
        (
            "Ludwig Angina",
            "Mundboden",
            "Mediastinitis",
            "Lemierre",
            "submandibulär",
            "Jugularvenen",
            "CT Hals mit Kontrastmittel",
            "Doppelpunkt",
            "Luftein schlüsse",
        ),
    ),
    (
        "de14",
        "de",
        """Aufklärung und Einwilligung – CT mit jodhaltigem Kontrastmittel
Patient: ⟦PERSON:Abdulrahman Khaled Al-Sayed⟧ (arab. Schreibweise ⟦PERSON:عبد الرحمن السيد⟧), Pass-Nr. ⟦ID:N0418827⟧
Aufklärung über Kontrastmittelreaktion, Nephropathie (eGFR 54), Schilddrüse (TSH normal), Metformin-Pause 48 h.
Übersetzung durch Dolmetscherin ⟦PERSON:Rania⟧ (Telefondolmetschen, ID ⟦ID:TD-7720⟧). Bei Rückfragen: Radiologie-Sekretariat App. ⟦PHONE:4417⟧.
Ort, Datum: ⟦ADDRESS:Kassel⟧, ⟦DATE:03.11.2026⟧ – Unterschrift Patient / Aufklärender Arzt Dr. ⟦PERSON:M. Schäfer⟧""",
        (
            "Kontrastmittelreaktion",
            "eGFR 54",
            "TSH normal",
            "Metformin-Pause 48 h",
            "jodhaltigem Kontrastmittel",
            "Telefondolmetschen",
            "Nephropathie",
            "Schilddrüse",
            "Aufklärender Arzt",
        ),
    ),
    (
        "de15",
        "de",
        """[Teams] Chat Radiologie-Dienst · 03:12
⟦PERSON:Jonas Pfeiffer⟧: kannst du mal CT-Angio Aorta bei Frau ⟦PERSON:Nowak⟧ aus dem Schockraum anschauen? Stanford A?
⟦PERSON:Melis⟧: ja, Dissektion ab Bulbus, Truelumen schmal, Truncus coeliacus aus falschem Lumen 😬 Herzchirurgie anrufen
⟦PERSON:Jonas Pfeiffer⟧: HCH Hintergrund ist heute ⟦PERSON:Grabowski⟧, Handy ⟦PHONE:0170 990 21 33⟧
⟦PERSON:Melis⟧: ok, Akte ⟦ID:8840012⟧, Unfallort war ⟦ADDRESS:A7 bei Hildesheim⟧ oder? DeBakey I jedenfalls""",
        (
            "CT-Angio Aorta",
            "Stanford A",
            "Truncus coeliacus",
            "Herzchirurgie",
            "DeBakey I",
            "03:12",
            "Schockraum",
            "Dissektion ab Bulbus",
            "Truelumen schmal",
        ),
    ),
    (
        "de16",
        "de",
        """Kinderwunschzentrum – Hysterosalpingo-Kontrastsonographie (HyCoSy)
Paar: ⟦PERSON:Lea Sommer⟧ (32) und ⟦PERSON:Daniel Fuchs⟧, Zyklustag 9, Behandlungs-Nr. ⟦ID:KW-26-3381⟧
⟦INSTITUTION:Kinderwunsch Zentrum an der Oper⟧, ⟦ADDRESS:Maximilianstraße 2, 80539 München⟧
Befund: Cavum uteri regelrecht, kein Asherman-Syndrom, Tuben beidseits durchgängig (ExEm-Schaum), freier Übertritt in den Douglas.
Ovarien polyzystisch konfiguriert (Rotterdam-Kriterien erfüllt), AMH 6,1 ng/ml. Kein Hinweis auf Mayer-Rokitansky-Küster-Hauser.
Überweisende Frauenärztin: Dr. ⟦PERSON:Katharina Graf⟧, ⟦EMAIL:praxis.graf@t-online.de⟧. Termin IUI am ⟦DATE:15.11.⟧.""",
        (
            "HyCoSy",
            "Asherman-Syndrom",
            "ExEm-Schaum",
            "Rotterdam-Kriterien",
            "AMH 6,1 ng/ml",
            "Mayer-Rokitansky-Küster-Hauser",
            "Zyklustag 9",
            "Cavum uteri",
            "IUI",
        ),
    ),
)
