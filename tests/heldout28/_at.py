# ruff: noqa: E501
"""Held-out 28, Austria: 16 excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

RAW_AT: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "at01",
        "de",
        """Zentrale Notaufnahme – Triageblatt
⟦INSTITUTION:Klinik Floridsdorf⟧, ⟦ADDRESS:Brünner Straße 68, 1210 Wien⟧
Pat.: ⟦PERSON:Kadyrov, Ramzan⟧ (tschetschen., auch ⟦PERSON:Kadirow⟧), SVNR ⟦ID:2841 110392⟧, Zeitpunkt 19:52
Manchester-Triage gelb, Brustschmerz seit 2 h, hs-Troponin T 38 ng/l, HEART-Score 5, Wells-Score für LAE 1,5.
Begleitung: Schwester ⟦PERSON:Malika⟧, Videodolmetsch Russisch über ⟦INSTITUTION:SAVD⟧ (Sitzung ⟦ID:VD-448120⟧).
Aufnehmender Arzt: Ass.-Ärztin Dr.in ⟦PERSON:Verena Pichler⟧, DW ⟦PHONE:42613⟧.""",
        (
            "Manchester-Triage gelb",
            "19:52",
            "hs-Troponin T 38 ng/l",
            "HEART-Score 5",
            "Wells-Score",
            "LAE",
            "Videodolmetsch Russisch",
            "Brustschmerz seit 2 h",
            "Ass.-Ärztin",
            "Aufnehmender Arzt",
        ),
    ),
    (
        "at02",
        "de",
        """Notarztprotokoll / Übergabe NEF
⟦INSTITUTION:Rotes Kreuz Innsbruck⟧, NEF 2, Einsatz ⟦ID:E-26-1104-0387⟧ am ⟦DATE:4. November 2026⟧
Pat.: ⟦PERSON:Hofer Alois⟧, ⟦AGE:94⟧a, Sturz im ⟦INSTITUTION:Wohnheim Pradl⟧, Antikoagulation mit Apixaban.
Verdacht Schenkelhalsfraktur rechts (Garden IV?), verkürzt und außenrotiert, Fentanyl 50 µg i.v., Vakuummatratze.
Angehörige: Tochter ⟦PERSON:Brigitte Hofer-Rainer⟧ ⟦PHONE:+43 664 218 77 90⟧, Hausarzt MR Dr. ⟦PERSON:Peter Gasser⟧ in ⟦ADDRESS:Rum⟧.
Übergabe an Schockraum Unfallchirurgie 14:20 Uhr.""",
        (
            "Apixaban",
            "Schenkelhalsfraktur rechts",
            "Garden IV",
            "Fentanyl 50 µg",
            "Vakuummatratze",
            "14:20 Uhr",
            "außenrotiert",
            "Antikoagulation",
            "NEF 2",
            "Unfallchirurgie",
        ),
    ),
    (
        "at03",
        "de",
        """Herzkatheter-Befund (Kardiologie, ⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧)
Pat. ⟦PERSON:Hodžić, Amela⟧, geb. ⟦DATE:30.04.1966⟧, Aufn.-Zahl ⟦ID:26/118734⟧
Indikation: NSTEMI, Killip I. Zugang A. femoralis rechts (Angio-Seal). LAD mit Takotsubo-typischer apikaler Ballonierung?
Ventrikulographie: apikales Ballooning, EF 35 %, Koronarien ohne relevante Stenose → Tako-Tsubo-Kardiomyopathie.
Empfehlung kardiales MRT (LGE, T2-Mapping) in 4–6 Wochen. Dolmetsch BKS: Sohn ⟦PERSON:Emir⟧.
Untersucher: Priv.-Doz. Dr. ⟦PERSON:Florian Reisinger⟧ / OA Dr. ⟦PERSON:Zach⟧. Vorbefund ⟦DATE:Feber 2026⟧.""",
        (
            "NSTEMI",
            "Killip I",
            "Angio-Seal",
            "Ventrikulographie",
            "Tako-Tsubo-Kardiomyopathie",
            "T2-Mapping",
            "EF 35 %",
            "Dolmetsch BKS",
            "apikales Ballooning",
        ),
    ),
    (
        "at04",
        "de",
        """Intensivstation – Pflegeübergabe (Auszug)
Bett 6: ⟦PERSON:Gruber Johann⟧, 58 J., ECMO (vv) seit Tag 3, Murray-Score 3,3, RASS −4.
Gattin ⟦PERSON:Hermine Gruber⟧ kommt um 16 Uhr; darf Auskunft bekommen (Vorsorgevollmacht Notar Mag. ⟦PERSON:Steiner⟧ liegt auf).
CT Thorax gestern: Kanülenlage V. femoralis / V. jugularis korrekt, kein Hämatothorax.
Bett 7: ⟦PERSON:Marković Dragana⟧, Verlegung aus ⟦INSTITUTION:KH Zwettl⟧, e-card ⟦ID:1290 240671⟧, Kontakt Nichte ⟦PHONE:0676 314 55 02⟧.
Stationsarzt heute Dr. ⟦PERSON:Ebner⟧, Sucher ⟦PHONE:717⟧.""",
        (
            "ECMO (vv)",
            "Murray-Score 3,3",
            "RASS −4",
            "16 Uhr",
            "Vorsorgevollmacht",
            "Hämatothorax",
            "58 J.",
            "Kanülenlage",
            "Pflegeübergabe",
        ),
    ),
    (
        "at05",
        "de",
        """Geburtshilfe – Becken-MRT zur Pelvimetrie
Schwangere ⟦PERSON:Ahmadi, Fatemeh⟧ (afghan., Aufenthaltstitel ⟦ID:AT-RWR-0033491⟧), 19 J., 36+4 SSW, Beckenendlage.
Pelvimetrie: Conjugata vera obstetrica 11,8 cm, Distantia interspinosa 10,9 cm – vaginale Entbindung aus BEL vertretbar.
Hebamme ⟦PERSON:Anna⟧ (Kreißsaal), Dolmetscherin Dari Frau ⟦PERSON:Nazari⟧ ⟦PHONE:0660 773 41 20⟧.
Zuweisung: ⟦INSTITUTION:Frauenarztordination Dr. Schwarz⟧, ⟦ADDRESS:Linz⟧. Entlassung geplant ⟦DATE:12. Jänner 2027⟧ spätestens.
Befund: OÄ Dr.in ⟦PERSON:Magdalena Wimmer⟧ – ⟦INSTITUTION:Kepler Universitätsklinikum⟧""",
        (
            "Pelvimetrie",
            "Conjugata vera obstetrica 11,8 cm",
            "Distantia interspinosa",
            "Beckenendlage",
            "36+4 SSW",
            "19 J.",
            "Kreißsaal",
            "BEL",
            "vaginale Entbindung",
            "Hebamme",
        ),
    ),
    (
        "at06",
        "de",
        """Österreichisches Brustkrebs-Früherkennungsprogramm – Befundbrief
Frau ⟦PERSON:Theresia Auer⟧, ⟦ADDRESS:Hauptplatz 3, 8430 Leibnitz⟧, SVNR ⟦ID:3318 050261⟧
Mammographie beidseits vom ⟦DATE:21.10.2026⟧: Brustdichte ACR C, BI-RADS 0 – ergänzende Sonographie notwendig.
Rechts bei 10 Uhr Architekturstörung, keine Mikrokalk-Gruppe. Cooper-Ligamente links regelrecht.
Radiologie-Institut ⟦INSTITUTION:Diagnosezentrum Südsteiermark⟧, Befund Dr. ⟦PERSON:Cooper⟧ / Zweitbefund Dr. ⟦PERSON:Leitner⟧.
Serviceline des Programms ⟦PHONE:0800 500 181⟧ · ⟦URL:www.frueh-erkennen.at⟧""",
        (
            "ACR C",
            "BI-RADS 0",
            "Architekturstörung",
            "Mikrokalk-Gruppe",
            "Cooper-Ligamente",
            "bei 10 Uhr",
            "Mammographie beidseits",
            "Brustdichte",
            "ergänzende Sonographie",
        ),
    ),
    (
        "at07",
        "de",
        """Sportmedizin – Untersuchung Nachwuchskader Ski alpin
⟦PERSON:Matthias „Hias“ Schwaiger⟧, 17 J., ⟦INSTITUTION:Skigymnasium Stams⟧, Erziehungsberechtigter Vater ⟦PERSON:Sepp Schwaiger⟧.
MRT Sprunggelenk rechts: Lig. talofibulare anterius Ruptur, Os trigonum, Knochenmarködem Talus, kein Hepple-Stadium > 2.
Wirbelsäule: keine Spondylolyse L5, Scheuermann-Zeichen Th8–Th10.
Schulärztin Dr.in ⟦PERSON:Barbara Kofler⟧ (⟦EMAIL:kofler@skigymnasium-stams.at⟧) und ÖSV-Teamarzt Dr. ⟦PERSON:Mair⟧ erhalten Kopie.
Vorbefund vom ⟦DATE:03/2025⟧ im ⟦INSTITUTION:Sanatorium Kettenbrücke⟧.""",
        (
            "Lig. talofibulare anterius",
            "Os trigonum",
            "Hepple-Stadium",
            "Spondylolyse L5",
            "Scheuermann-Zeichen",
            "Th8–Th10",
            "17 J.",
            "Knochenmarködem Talus",
            "Ski alpin",
        ),
    ),
    (
        "at08",
        "de",
        """Univ.-Klinik für Mund-, Kiefer- und Gesichtschirurgie – OPG und CT Gesichtsschädel
⟦PERSON:Aydın, Burak⟧ (Schreibweise e-card ⟦PERSON:AYDIN BURAK⟧), geb. ⟦DATE:1991-08-19⟧, Fallzahl ⟦ID:4471902⟧
Faustschlag bei Raufhandel in ⟦ADDRESS:Salzburg-Lehen⟧: Unterkieferfraktur paramedian links und Collum mandibulae rechts, Le Fort I ausgeschlossen.
Zahn 38 im Bruchspalt. Jochbogen intakt, Orbitaboden intakt, kein Hinweis auf Blow-out.
Polizei-Inspektion ⟦INSTITUTION:PI Salzburg-Lehen⟧ fragt Befund an (GZ ⟦ID:B6/44120/2026⟧) – nur mit Einwilligung.
Befund OA Dr. ⟦PERSON:Wieser⟧, Tel. ⟦PHONE:+43 5 7255-26211⟧""",
        (
            "OPG",
            "Collum mandibulae rechts",
            "Le Fort I",
            "Zahn 38",
            "Bruchspalt",
            "Orbitaboden",
            "Blow-out",
            "Unterkieferfraktur",
            "Jochbogen intakt",
        ),
    ),
    (
        "at09",
        "de",
        """Teleradiologie-Nachtdienst – Befund an ⟦INSTITUTION:LKH Bludenz⟧
Von: ⟦INSTITUTION:Teleradiologie Vorarlberg⟧, Radiologe Dr. ⟦PERSON:Thomas Nussbaumer⟧ (Login ⟦PERSON:tnussb⟧), 01:34
Pat. ⟦PERSON:Bertsch, Irmgard⟧, ⟦AGE:96⟧ Jahre, Auftrag ⟦ID:BLU-26-10487⟧.
CT Schädel nativ: hyperdenses Mediazeichen links, ASPECTS 7, keine Blutung. CT-Angio: Verschluss M1 links.
Telefonisch an Stroke-Unit-Diensthabenden Dr. ⟦PERSON:Vonbank⟧ um 01:41 (Rückruf ⟦PHONE:05552 603-0⟧). Thrombektomie in ⟦INSTITUTION:LKH Feldkirch⟧ besprochen.""",
        (
            "hyperdenses Mediazeichen",
            "ASPECTS 7",
            "M1 links",
            "CT Schädel nativ",
            "01:41",
            "Thrombektomie",
            "Stroke-Unit",
            "Verschluss M1 links",
            "Teleradiologie-Nachtdienst",
            "01:34",
        ),
    ),
    (
        "at10",
        "de",
        """MSH|^~\\&|RIS|⟦INSTITUTION:KFJ⟧|ELGA|GDA|⟦DATE:20261102154500⟧||ORU^R01|⟦ID:KFJ2611020077⟧|P|2.5.1
PID|1||⟦ID:7712004⟧^^^KFJ^PI~⟦ID:1187 120585⟧^^^SVNR^NNAUT||⟦PERSON:SZABÓ^ESZTER⟧^^^Mag.||⟦DATE:19850512⟧|F
OBR|1||⟦ID:RÖ-26-99213⟧|THX2^Thorax pa/seitl.^L|||⟦DATE:20261102150100⟧|||||||||⟦PERSON:LEHNER^KATRIN⟧^^^Dr.
OBX|1|FT|||Kein Infiltrat. Kerley-B-Linien bds., Sinus phrenicocostalis frei. Herz nicht vergrößert (CTR 0,48).
OBX|2|FT|||Vergleich Voraufnahme 2024. Vidiert OA ⟦PERSON:Hajek⟧""",
        (
            "ORU^R01",
            "Thorax pa/seitl.",
            "Kerley-B-Linien",
            "Sinus phrenicocostalis",
            "CTR 0,48",
            "Voraufnahme 2024",
            "NNAUT",
            "ELGA",
            "Kein Infiltrat",
            "Herz nicht vergrößert",
            "THX2",
        ),
    ),
    (
        "at11",
        "de",
        """Ansuchen um chefärztliche Bewilligung – PET-CT
An: ÖGK, Landesstelle Wien, Fax ⟦PHONE:+43 5 0766-11 3290⟧
Versicherte: Mag.a ⟦PERSON:Olena Kravets⟧ (Vertriebene aus der Ukraine, Ausweis für Vertriebene Nr. ⟦ID:UA-W-230044817⟧), SVNR ⟦ID:4519 021177⟧
Diagnose: Hodgkin-Lymphom, Interim-PET nach 2 Zyklen ABVD, Auswertung nach Deauville-Kriterien.
Antragstellender Arzt: Prim. Univ.-Prof. Dr. ⟦PERSON:Stefan Wolfsberger⟧, ⟦INSTITUTION:Hanusch-Krankenhaus⟧, Onkologie
Kontakt Sekretariat Fr. ⟦PERSON:Dvořák⟧ ⟦PHONE:01 910 21-85310⟧, ⟦EMAIL:onko.sekretariat@oegk.at⟧""",
        (
            "Hodgkin-Lymphom",
            "Interim-PET",
            "ABVD",
            "Deauville-Kriterien",
            "2 Zyklen",
            "PET-CT",
            "Onkologie",
            "chefärztliche Bewilligung",
            "Vertriebene aus der Ukraine",
        ),
    ),
    (
        "at12",
        "de",
        """Kinderradiologie – Ultraschall Hüfte nach Graf
Kind ⟦PERSON:Noah Gabriel Fuchs⟧, 6 Wochen, geb. ⟦DATE:24.09.2026⟧, Mutterkind-Pass-Untersuchung.
Rechts: Alpha 62°, Beta 70°, Typ Ia nach Graf. Links: Alpha 55°, Typ IIa(+). Kontrolle in 6 Wochen.
Eltern ⟦PERSON:Stefanie⟧ und ⟦PERSON:Lukas Fuchs⟧, ⟦ADDRESS:Mariahilfer Straße 101/4/12, 1060 Wien⟧.
Kinderärztin: ⟦INSTITUTION:Gruppenpraxis Kinderheilkunde Neubau⟧. Untersucherin Dr.in ⟦PERSON:Graf⟧.""",
        (
            "Hüfte nach Graf",
            "Alpha 62°",
            "Typ Ia nach Graf",
            "Typ IIa(+)",
            "6 Wochen",
            "Mutterkind-Pass-Untersuchung",
            "Beta 70°",
            "Kontrolle in 6 Wochen",
        ),
    ),
    (
        "at13",
        "de",
        """Befund (Spracherkennung) – MRT Knie links
Patient Herr ⟦PERSON:Pöltl⟧ Strich ⟦PERSON:Pöltel⟧ bitte prüfen Komma Arbeitsunfall bei ⟦INSTITUTION:Voestalpine Linz⟧ Punkt
Korbhenkelriss Innenmeniskus mit Double-PCL-Sign Punkt vorderes Kreuzband intakt Punkt Plica mediopatellaris Punkt
AUVA Schadensnummer ⟦ID:S 4-2026-118822⟧ Punkt Betriebsarzt Doktor ⟦PERSON:Hametner⟧ informiert Punkt
Diktat ⟦DATE:vierter November⟧ durch Primar ⟦PERSON:Leopold⟧""",
        (
            "Korbhenkelriss Innenmeniskus",
            "Double-PCL-Sign",
            "vorderes Kreuzband intakt",
            "Plica mediopatellaris",
            "Arbeitsunfall",
            "Betriebsarzt",
            "MRT Knie links",
        ),
    ),
    (
        "at14",
        "de",
        """Revers / Einverständniserklärung Koronar-CT
Ich, ⟦PERSON:Mehmet Emin Şahin⟧, geb. ⟦DATE:1. Juli 1972⟧, wurde in türkischer Sprache durch Herrn ⟦PERSON:Demir⟧ (Dolmetsch, ⟦INSTITUTION:Verein Dialog⟧) aufgeklärt
über Betablocker (Metoprolol), Nitroglycerin sublingual, Strahlendosis (ca. 3 mSv), Kontrastmittel Iomeprol.
Allergie: keine. Schilddrüse: Morbus Basedow 2019 behandelt.
⟦ADDRESS:Wels⟧, am ⟦DATE:05.11.2026⟧ · Aufklärender Arzt: Dr. ⟦PERSON:Ertl⟧ · Unterschrift""",
        (
            "Nitroglycerin sublingual",
            "Metoprolol",
            "Morbus Basedow 2019",
            "Iomeprol",
            "ca. 3 mSv",
            "Koronar-CT",
            "Betablocker",
            "Allergie: keine",
        ),
    ),
    (
        "at15",
        "de",
        """[Signal] Dienstgruppe Radiologie ⟦INSTITUTION:BHS Ried⟧
⟦PERSON:Lisi⟧ 07:02: Übergabe – Fr. ⟦PERSON:Wurm⟧ Zi 214 CT Abdomen noch offen, Appendizitis? Alvarado 7
⟦PERSON:Lisi⟧ 07:03: und der Herr aus dem Pflegeheim ⟦INSTITUTION:Haus St. Franziskus⟧, Geb.Dat. ⟦DATE:02.02.1931⟧, Thorax liegend gemacht
⟦PERSON:Dominik Haas⟧ 07:10: passt, übernehm ich. Appendix 9 mm, Kokarde, kein Abszess
⟦PERSON:Dominik Haas⟧ 07:11: Chirurg ist heute ⟦PERSON:Aigner⟧, ruf unter ⟦PHONE:3471⟧""",
        (
            "Appendizitis",
            "Alvarado 7",
            "CT Abdomen",
            "Thorax liegend",
            "Appendix 9 mm",
            "Kokarde",
            "07:02",
            "Zi 214",
            "kein Abszess",
            "Pflegeheim",
        ),
    ),
    (
        "at16",
        "de",
        """Kinderwunsch-Institut – Befund Hysterosalpingographie
⟦INSTITUTION:Kinderwunschzentrum Goldenes Kreuz⟧, ⟦ADDRESS:Lazarettgasse 16-18, 1090 Wien⟧
Patientin ⟦PERSON:Nguyen Thi Hoa⟧ (vietn.), 38 J., IVF-Fondsnummer ⟦ID:IVF-W-26-0771⟧, Partner ⟦PERSON:Tran Van Minh⟧
Befund: Uterus arcuatus, rechts Hydrosalpinx, links Tube frei; Spill links. Kein Hinweis auf Müller-Gang-Anomalie höheren Grades.
Empfehlung Salpingektomie rechts vor Embryotransfer (Cochrane 2010). Zuweiserin Dr.in ⟦PERSON:Edith Müller⟧, ⟦PHONE:+43 1 401 11-4620⟧, ⟦DATE:Nov. 2026⟧""",
        (
            "Hysterosalpingographie",
            "Uterus arcuatus",
            "Hydrosalpinx",
            "Müller-Gang-Anomalie",
            "Salpingektomie rechts",
            "Embryotransfer",
            "Cochrane 2010",
            "38 J.",
            "Spill links",
        ),
    ),
)
