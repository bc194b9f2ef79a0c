# ruff: noqa: E501
"""Held-out 31, Austria: marked excerpts (see deid_corpus.py for the conventions)."""

from __future__ import annotations

AT: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "at01",
        "de",
        """⟦INSTITUTION:AUVA-Unfallkrankenhaus Lorenz Böhler⟧ – Radiologie
Arbeitsunfall vom ⟦DATE:18.02.2025⟧, AUVA-Schadensnummer ⟦ID:2025/118.437-W⟧
Pat.: ⟦PERSON:Horváth, Krisztina⟧, SVNR ⟦ID:4418 120786⟧, Dienstgeber: ⟦INSTITUTION:Hotel Donaublick Betriebs GmbH⟧
Hergang: beim Tragen eines Tabletts auf nassem Boden ausgerutscht, Sturz auf die ausgestreckte Hand.
Rö Handgelenk re. d.-v. und seitlich: distale Radiusfraktur, Böhler-Winkel aufgehoben (−8°), dorsale Abkippung, Processus styloideus ulnae abgerissen. Frykman Typ VI.
CT-Nachtrag ⟦DATE:19.02.2025⟧: Gelenkstufe 2 mm.
Befund: OA Dr. ⟦PERSON:Gerlinde Pichler-Haas⟧, Durchwahl ⟦PHONE:2714⟧""",
        (
            "Böhler-Winkel",
            "Frykman Typ VI",
            "Processus styloideus ulnae",
            "Gelenkstufe 2 mm",
            "−8°",
            "dorsale Abkippung",
            "Tabletts",
            "d.-v.",
            "ausgestreckte Hand",
            "CT-Nachtrag",
        ),
    ),
    (
        "at02",
        "de",
        """Ausführung aus der ⟦INSTITUTION:Justizanstalt Wien-Josefstadt⟧ zur CT-Untersuchung
Insasse: ⟦PERSON:Wójcik, Bartosz⟧, Häftlingsnummer ⟦ID:JA-J 25/01873⟧, geb. ⟦DATE:14.Jänner 1986⟧
Begleitung: zwei Justizwachebeamte (Insp. ⟦PERSON:Gruber⟧, RevInsp. ⟦PERSON:Ntim⟧), Handfesseln während der Untersuchung.
Anstaltsarzt: Dr. ⟦PERSON:Peter Reisinger⟧, Tel. ⟦PHONE:01 404 03-3120⟧
CCT nativ: kein Subduralhämatom, keine Kalottenfraktur. Nasenbeinfraktur links, Orbitaboden intakt, kein Hängetropfenzeichen.
Vermerk: Verletzung nach tätlicher Auseinandersetzung im Hof am ⟦DATE:02.03.2025⟧, Anzeige durch die Anstalt erfolgt.""",
        (
            "Justizwachebeamte",
            "Handfesseln",
            "CCT nativ",
            "Subduralhämatom",
            "Kalottenfraktur",
            "Nasenbeinfraktur",
            "Hängetropfenzeichen",
            "Orbitaboden",
            "Auseinandersetzung",
            "Anstaltsarzt",
        ),
    ),
    (
        "at03",
        "de",
        """⟦INSTITUTION:Militärspital 1 Wien-Stammersdorf⟧
Untersuchungsanforderung: Wachtmeister ⟦PERSON:Ferhat Yılmaz-Huber⟧, Personalnummer ⟦ID:BH-771 204 38⟧
Dienststelle: ⟦INSTITUTION:Jägerbataillon 19⟧, Standort ⟦ADDRESS:Güssing⟧
Zuweiser: Militärarzt Hptm Dr. ⟦PERSON:Lackner⟧, Tel. ⟦PHONE:050201 50 32714⟧
Frage: Schulterluxation bei der Hindernisbahn am ⟦DATE:Feber 2025⟧, jetzt Instabilität.
MR-Arthrographie Schulter re.: Bankart-Läsion anteroinferior, Hill-Sachs-Delle 14 mm, kein GLAD. ALPSA nicht nachweisbar.
Gez. ObstA Dr. ⟦PERSON:Sabine Moosbrugger⟧""",
        (
            "Bankart-Läsion",
            "Hill-Sachs-Delle",
            "14 mm",
            "GLAD",
            "ALPSA",
            "MR-Arthrographie",
            "Hindernisbahn",
            "Schulterluxation",
            "anteroinferior",
            "Instabilität",
        ),
    ),
    (
        "at04",
        "de",
        """Diagnostik- und Forschungsinstitut für Gerichtsmedizin, ⟦INSTITUTION:Medizinische Universität Graz⟧
Auftrag der ⟦INSTITUTION:Staatsanwaltschaft Graz⟧, AZ ⟦ID:12 St 45/25k⟧; ⟦INSTITUTION:Landespolizeidirektion Steiermark⟧ GZ ⟦ID:PAD/25/00318812/001/KRIM⟧
Verstorbener: ⟦PERSON:Ernst Pongratz⟧, geb. ⟦DATE:07.08.1952⟧, zuletzt wohnhaft ⟦ADDRESS:Kärntner Straße 118, 8053 Graz⟧
Leichenfund ⟦DATE:21. März 2025⟧.
Post-mortem-CT und -Angiographie (Multiphasen-PMCTA, Virtopsy-Protokoll): Koronarstenose RIVA > 90 %, Hämoperikard 420 ml, kein Pneumothorax. Zungenbein und Schildknorpel intakt.
Obduzent: Univ.-Prof. Dr. ⟦PERSON:Theresa Wimmer-Lang⟧""",
        (
            "PMCTA",
            "Virtopsy",
            "RIVA",
            "Hämoperikard",
            "420 ml",
            "Zungenbein",
            "Schildknorpel",
            "Pneumothorax",
            "Leichenfund",
            "Koronarstenose",
        ),
    ),
    (
        "at05",
        "de",
        """Kinderschutzgruppe ⟦INSTITUTION:Klinikum Klagenfurt am Wörthersee⟧ – Fallbesprechung ⟦DATE:09.04.2025⟧
Kind: ⟦PERSON:Emily Schautzer⟧, 7 Wochen, SVNR ⟦ID:2281 180225⟧
Kindesmutter ⟦PERSON:Vanessa Schautzer⟧, Kindesvater ⟦PERSON:Kevin Ogris⟧, beide ⟦ADDRESS:Villach⟧
Kinder- und Jugendhilfe: DSA Mag.a ⟦PERSON:Ulrike Tschernutter⟧, ⟦INSTITUTION:BH Villach-Land⟧
Radiologie: Röntgenskelettstatus nach Kleinman: frische Fraktur der 6. Rippe dorsal links, keine Schädelfraktur. cMRT: bilaterale Subduralhygrome unterschiedlichen Alters, Brückenvenenthrombose nicht sicher.
Nächste Besprechung mit Ärztin für Kinderradiologie in einer Woche um 13:00.""",
        (
            "Röntgenskelettstatus",
            "Kleinman",
            "7 Wochen",
            "Subduralhygrome",
            "Brückenvenenthrombose",
            "13:00",
            "Kinder- und Jugendhilfe",
            "Kinderradiologie",
            "Fallbesprechung",
            "6. Rippe",
        ),
    ),
    (
        "at06",
        "de",
        """Verkehrsunfall – Erstversorgung Schockraum, ⟦INSTITUTION:Klinik Donaustadt⟧
Datum ⟦DATE:27.04.2025⟧, 22:48; Motorradlenker gegen PKW, Kennzeichen Motorrad ⟦ID:W-48213X⟧, PKW ⟦ID:KO-318 TR⟧
Patient: ⟦PERSON:Ádám Szűcs⟧, 24 Jahre, Helm getragen
⟦INSTITUTION:Landespolizeidirektion Wien⟧, VUMA-Zahl ⟦ID:VU/2025/0418327⟧, Beamter GrInsp ⟦PERSON:Kalchbrenner⟧
Trauma-Spirale (Revolution CT): Beckenringfraktur Tile C, Acetabulumfraktur Judet-Letournel Querfraktur, Femurschaftfraktur re. AO 32-A3. Kein intrakranielles Hämatom.
Angehörige: Freundin ⟦PERSON:Laura⟧, Tel. ⟦PHONE:+43 664 912 37 05⟧""",
        (
            "Tile C",
            "Judet-Letournel",
            "AO 32-A3",
            "Revolution CT",
            "22:48",
            "24 Jahre",
            "Femurschaftfraktur",
            "Trauma-Spirale",
            "Beckenringfraktur",
            "Helm getragen",
        ),
    ),
    (
        "at07",
        "de",
        """⟦INSTITUTION:Rehabilitationszentrum Bad Häring⟧ – Neurologische und orthopädische Rehabilitation
Patient: ⟦PERSON:Mehmet Ali Karataş⟧, SVNR ⟦ID:1093 040371⟧, ⟦ADDRESS:Rennweg 3, 6020 Innsbruck⟧
Zuweisung nach Polytrauma (Arbeitsunfall Baustelle ⟦DATE:Jänner 2025⟧), Aufnahme ⟦DATE:03.03.2025⟧
Konsiliarradiologe: Dr. ⟦PERSON:Johannes Strolz⟧, ⟦INSTITUTION:Röntgeninstitut Wörgl⟧
Rö BWS/LWS: Z. n. dorsaler Stabilisierung Th11–L1 bei Chance-Fraktur Th12, Schrauben regelrecht, keine Lockerung. Kyphosewinkel 9°.
Reha-Ziel: Gehstrecke 500 m, Heben bis 10 kg.""",
        (
            "Chance-Fraktur",
            "Th11–L1",
            "Th12",
            "Kyphosewinkel 9°",
            "Polytrauma",
            "Gehstrecke 500 m",
            "10 kg",
            "dorsaler Stabilisierung",
            "Reha-Ziel",
            "Schrauben regelrecht",
        ),
    ),
    (
        "at08",
        "de",
        """Hauskrankenpflege – Übergabeblatt Transport zum Röntgen
Klientin: ⟦PERSON:Hermine Wurzer⟧, ⟦AGE:94⟧ Jahre, ⟦ADDRESS:Am Steinberg 5/2/11, 3100 St. Pölten⟧
Erwachsenenvertreterin: Dr.in ⟦PERSON:Sandra Hölzl⟧, Rechtsanwältin, Tel. ⟦PHONE:02742 35 88 10⟧
Betreuung: ⟦INSTITUTION:Volkshilfe Niederösterreich⟧, diplomierte Pflegerin ⟦PERSON:Marisol Dela Cruz⟧, Tourenbuch-Nr. ⟦ID:VH-NÖ-2207⟧
Zuweisung Rö Thorax bei Verdacht auf Pneumonie, Sauerstoffsättigung 89 %, Pflegestufe 5.
Befund: Infiltrat im rechten Unterlappen, kleiner Begleiterguss, Herz grenzwertig groß, Kerley-B-Linien.""",
        (
            "Übergabeblatt",
            "Pflegestufe 5",
            "89 %",
            "Infiltrat",
            "Unterlappen",
            "Begleiterguss",
            "Kerley-B-Linien",
            "Pneumonie",
            "Sauerstoffsättigung",
            "Herz grenzwertig groß",
        ),
    ),
    (
        "at09",
        "de",
        """Honorarnote – Wahlarztordination Dr. ⟦PERSON:Georg Pessl⟧, Facharzt für Radiologie
⟦ADDRESS:Mariahilfer Straße 95, 1060 Wien⟧ · ⟦EMAIL:ordination@radiologie-pessl.at⟧
Honorarnote Nr. ⟦ID:HN 2025-0417⟧, ⟦ADDRESS:Wien⟧, am ⟦DATE:30. April 2025⟧
Patientin: ⟦PERSON:Eleni Konstantinou⟧, SVNR ⟦ID:3375 210979⟧
Pos. 31.01  Mammographie beidseits        EUR 96,00
Pos. 31.12  Mammasonographie beidseits    EUR 74,00
Pos. 31.30  Vergleich mit Voraufnahmen    EUR 18,00
Zahlbar binnen 14 Tagen auf IBAN ⟦ID:AT61 1904 3002 3457 3201⟧. Einreichung bei der ÖGK zur Rückerstattung (80 % des Kassentarifs) möglich. UID ⟦ID:ATU73829104⟧""",
        (
            "Pos. 31.01",
            "Pos. 31.12",
            "Mammasonographie",
            "EUR 96,00",
            "Kassentarifs",
            "80 %",
            "Honorarnote",
            "Voraufnahmen",
            "Pos. 31.30",
            "binnen 14 Tagen",
        ),
    ),
    (
        "at10",
        "de",
        """Zahlungserinnerung
⟦INSTITUTION:Diagnosezentrum Urania⟧ · Buchhaltung · ⟦ADDRESS:Laudongasse 20, 1080 Wien⟧
Sehr geehrter Herr Dr. ⟦PERSON:Bálint Farkas⟧,
unsere Rechnung ⟦ID:DZU/24/118204⟧ vom ⟦DATE:12.12.2024⟧ über MRT Knie (Sonderklasse, Wahlarzttarif) ist noch offen. Wir ersuchen um Überweisung von EUR 285,00 bis ⟦DATE:31.01.2025⟧.
Ihre Kundennummer: ⟦ID:77391⟧
Mit freundlichen Grüßen, ⟦PERSON:Claudia Sommer⟧, Abrechnung, DW ⟦PHONE:312⟧""",
        (
            "Zahlungserinnerung",
            "MRT Knie",
            "Sonderklasse",
            "Wahlarzttarif",
            "EUR 285,00",
            "Buchhaltung",
            "Abrechnung",
            "Überweisung",
            "Kundennummer",
            "noch offen",
        ),
    ),
    (
        "at11",
        "de",
        """SMS-Terminerinnerung (Gateway-Log)
⟦DATE:14.01.2025⟧ 17:30 an ⟦PHONE:+43 676 402 88 19⟧: "Sehr geehrte Frau ⟦PERSON:Sadiković⟧, wir erinnern an Ihre CT-Koronarangiographie am ⟦DATE:16. Jänner⟧ um 10:20 im ⟦INSTITUTION:Röntgeninstitut Dr. Hörmann-Steiner⟧, ⟦ADDRESS:Linz⟧. Bitte Metformin 48 h vorher pausieren. Storno: ⟦PHONE:0732 77 14 40⟧"
⟦DATE:14.01.2025⟧ 17:30 an ⟦PHONE:+43 699 110 23 874⟧: "Erinnerung: Knochendichtemessung (DXA) am ⟦DATE:17.01.⟧ 08:00. e-card mitbringen. Ihr ⟦INSTITUTION:Röntgen Urfahr⟧"
Zustellung: 2/2 ok""",
        (
            "SMS-Terminerinnerung",
            "CT-Koronarangiographie",
            "10:20",
            "Metformin",
            "48 h",
            "Knochendichtemessung",
            "DXA",
            "e-card",
            "Storno",
            "08:00",
        ),
    ),
    (
        "at12",
        "de",
        """Zuweisung (von der Ordinationsassistentin erfasst)
Von: Ordination Dr. ⟦PERSON:Leopold Haider⟧, Allgemeinmedizin, Kassenvertrag, ⟦ADDRESS:Hauptplatz 12, 7000 Eisenstadt⟧, Tel. ⟦PHONE:02682 62 513⟧
An: ⟦INSTITUTION:Röntgeninstitut Eisenstadt⟧
Pat.: ⟦PERSON:Tóth-Mayer Zsófia⟧, SVNR ⟦ID:2917 050562⟧, Tel. ⟦PHONE:0650 313 7 414⟧
Zuweisungsdiagnose: Coxalgie li., V. a. Hüftkopfnekrose, Ficat? Kortisontherapie seit Herbst.
Gewünscht: MRT Hüfte li. bzw. Becken; Transport nicht nötig. Bitte Befund an ⟦EMAIL:ordi.haider@aon.at⟧
erfasst: ⟦PERSON:B. Kranz⟧ ⟦DATE:06.05.2025⟧""",
        (
            "Zuweisungsdiagnose",
            "Coxalgie",
            "Hüftkopfnekrose",
            "Ficat",
            "Kortisontherapie",
            "MRT Hüfte",
            "Kassenvertrag",
            "Ordinationsassistentin",
            "Transport nicht nötig",
            "Zuweisung",
        ),
    ),
    (
        "at13",
        "de",
        """⟦INSTITUTION:Institut Dr. Kessler & Partner – Radiologie Salzburg-Süd⟧
MRT Prostata multiparametrisch (Biparametrisches Protokoll, Skyra 3 T) vom ⟦DATE:04. Feber 2025⟧
Pat.: ⟦PERSON:Anton Obermoser⟧, geb. ⟦DATE:1958-10-23⟧
Zuweiser: Urologe Dr. ⟦PERSON:Elias Katz⟧, ⟦ADDRESS:Hallein⟧
Befund: PSA 7,8 ng/ml, Volumen 52 ml, PSA-Dichte 0,15. Läsion peripher links mittig 11 mm, PI-RADS 4, Kapsel glatt. 2 weitere Herde PI-RADS 2.
Befundung: Dr. ⟦PERSON:Marianne Kessler⟧ | Vidierung: Dr. ⟦PERSON:Paul Kainz⟧""",
        (
            "PI-RADS 4",
            "PI-RADS 2",
            "Skyra",
            "PSA 7,8 ng/ml",
            "52 ml",
            "11 mm",
            "2 weitere Herde",
            "Vidierung",
            "PSA-Dichte 0,15",
            "Kapsel glatt",
        ),
    ),
    (
        "at14",
        "de",
        """Unfallmeldung an die AUVA (Auszug aus dem Spitalsbericht)
Versicherte: ⟦PERSON:Nhung Phạm⟧, SVNR ⟦ID:3561 110395⟧, Lehrling (Köchin), ⟦ADDRESS:Dornbirn⟧
Betrieb: ⟦INSTITUTION:Gasthof Rößle⟧, ⟦ADDRESS:Marktstraße 40, 6850 Dornbirn⟧
Unfall: ⟦DATE:19.03.2025⟧, Schnittverletzung und Fingerquetschung durch Fleischwolf.
Rö Dig. III re.: Trümmerfraktur der Endphalanx, Nagelkranzfraktur, kein Fremdkörper.
Versorgung ⟦INSTITUTION:LKH Feldkirch⟧, Unfallchirurgie; Arbeitsunfähigkeit voraussichtlich 4 Wochen.
Meldende: Mag. ⟦PERSON:Helga Fritsch⟧ (Sozialdienst)""",
        (
            "Unfallmeldung",
            "Lehrling",
            "Fleischwolf",
            "Nagelkranzfraktur",
            "Endphalanx",
            "Dig. III",
            "4 Wochen",
            "Arbeitsunfähigkeit",
            "Schnittverletzung",
            "Unfallchirurgie",
        ),
    ),
    (
        "at15",
        "de",
        """Polizeiamtsärztlicher Dienst – Vorführung aus dem ⟦INSTITUTION:Polizeianhaltezentrum Rossauer Lände⟧
Angehaltener: ⟦PERSON:Abdirahman Mohamud Farah⟧, Fremdenpolizeiliche Zahl ⟦ID:IFA 1328844701⟧
Vorführung am ⟦DATE:23.05.2025⟧ um 03:15 wegen Verdacht auf Bodystuffing; Amtsarzt Dr. ⟦PERSON:Wallner⟧
CT Abdomen low-dose: kein röntgendichter Fremdkörper, keine Ileuszeichen. Nebenbefund: Pneumonie im linken Unterlappen.
Mitteilung an ⟦INSTITUTION:LPD Wien⟧, Kriminaldienst, Aktenzahl ⟦ID:AZ 4-S/25/118.901⟧""",
        (
            "Bodystuffing",
            "03:15",
            "low-dose",
            "Ileuszeichen",
            "Nebenbefund",
            "Kriminaldienst",
            "Amtsarzt",
            "röntgendichter Fremdkörper",
            "Pneumonie im linken Unterlappen",
            "Angehaltener",
        ),
    ),
    (
        "at16",
        "de",
        """Skiunfall – Notfallambulanz ⟦INSTITUTION:Krankenhaus Zell am See⟧
Gast aus Ungarn: ⟦PERSON:Réka Bodnár⟧, geb. ⟦DATE:11.11.1999⟧, EKVK-Nr. ⟦ID:80348000012839441⟧
Urlaubsadresse: ⟦INSTITUTION:Pension Edelweiß⟧, ⟦ADDRESS:Kaprun⟧
Unfall am Samstag, ⟦DATE:08.02.2025⟧, auf der Piste, Einlieferung mit dem Notarzthubschrauber.
MRT Knie li.: vordere Kreuzbandruptur, Bone bruise laterales Tibiaplateau, Segond-Fraktur. Innenband Grad II.
Behandelnder Arzt: OA Dr. ⟦PERSON:Wolfgang Rieder⟧; Versicherungsnachweis über ⟦PERSON:Gábor Bodnár⟧ (Ehemann), ⟦PHONE:+36 30 219 4477⟧""",
        (
            "Kreuzbandruptur",
            "Bone bruise",
            "Segond-Fraktur",
            "Tibiaplateau",
            "Innenband Grad II",
            "Notarzthubschrauber",
            "Notfallambulanz",
            "Skiunfall",
            "MRT Knie li.",
            "Versicherungsnachweis",
        ),
    ),
)
