"""Held-out 16: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only held-out 15's module docstring,
held-out 9's `build_excerpts` and held-out 8's `Excerpt` / `strip_markup` / `LABELS` sources, and
the runners and floor test of held-outs 8, 9, 11 and 15). 95 excerpts, 19 each from DE, AT,
CH (9 German, 5 French, 5 Italian), UK and US, shaped like real exports and letters: RIS/HIS
headers, DICOM header dumps, worklists and CSV/TSV/pipe exports, referral, discharge and
appointment letters, findings with outside-study mentions, phone and handover notes, tumour
boards, addenda, signatures, cc / distribution lists, e-mail headers and footers, insurance
lines. PHI in national forms (persons of many origins with and without titles or labels,
"Surname, Firstname", DICOM PN, relatives, carers, guardians, staff, outside doctors; facilities
with and without keywords, acronyms, short forms, practices, care homes, imaging centres; address
blocks and inline addresses; phones, faxes, mobiles, extensions, bleeps and pagers; IDs of many
kinds: MRN, case, accession, NHS/CHI, SV/AHV, insurance, VA ICN; dates in numeric, DICOM, ISO and
written forms in four languages; e-mails; URLs; ages over 89). Keep-terms about as many as the
PHI spans and as hard: eponyms that are also surnames (Baker, Chance, Jefferson, Paget, Graf,
Morton, Addison), place-named criteria and diseases (Atlanta, Ottawa, Milwaukee, Lyme, Mailand,
Bethesda), anatomy, drugs, devices, scanners, sequences, scores and classifications, capitalised
German nouns, ward and department words, clock times, image references, vertebral levels, young
ages, bare years.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ages under 90, bare years and generic department names outside the
spans; for ages over 89 only the number, for extensions only the digits; a town named as a
residence or address is ADDRESS, a town inside a facility's name is part of the INSTITUTION).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout8.deid_corpus import Excerpt
from tests.heldout9.deid_corpus import build_excerpts

__all__ = ["EXCERPTS", "Excerpt"]

_DE = (
    (
        "de01",
        "de",
        "⟦INSTITUTION:Klinikum Oberhavel-Süd⟧ | RIS-Auftrag ⟦ID:A-2025-118734⟧ | Pat.: ⟦PERSON:Wendt, Margarete⟧ "
        "geb. ⟦DATE:14.09.1951⟧ | Anf.: Dr. ⟦PERSON:K. Brzezinski⟧, Innere | Untersuchung: CT Thorax nativ, "
        "SOMATOM go.Top | Eingang 07:42 Uhr | Fragestellung: Rundherd li. Oberlappen, Verlaufskontrolle zu "
        "Voruntersuchung vom ⟦DATE:02/2024⟧, Fleischner-Kriterien anwenden.",
        ("SOMATOM go.Top", "Oberlappen", "07:42", "Rundherd", "Fleischner-Kriterien", "Innere"),
    ),
    (
        "de02",
        "de",
        "Sehr geehrte Frau Kollegin ⟦PERSON:Oyelaran-Schütz⟧,\nwir berichten über Ihren Patienten "
        "⟦PERSON:Erdoğan Yıldırım⟧, geb. ⟦DATE:3.11.1967⟧, wh. ⟦ADDRESS:Kastanienallee 17, 14482 Potsdam⟧, der sich "
        "am ⟦DATE:19. März 2025⟧ in unserer Ambulanz vorstellte. MRT LWS: Bandscheibenprotrusion L4/5 mit "
        "Kontakt zur Wurzel L5 rechts, Modic-Typ-II-Veränderungen, keine Spinalkanalstenose.",
        ("Bandscheibenprotrusion", "L4/5", "Modic-Typ-II-Veränderungen", "Spinalkanalstenose", "Ambulanz"),
    ),
    (
        "de03",
        "de",
        "PatientID;Name;Geb.-Datum;Modalität;Studie;Datum;Zuweiser\n⟦ID:7730145⟧;⟦PERSON:Dąbrowski^Tomasz⟧;"
        "⟦DATE:19620207⟧;MR;MRT Knie re;⟦DATE:20250311⟧;⟦INSTITUTION:OrthoPraxis am Ring⟧\n⟦ID:7730188⟧;"
        "⟦PERSON:Hübner^Anneliese⟧;⟦DATE:19380519⟧;CR;Becken a.p.;⟦DATE:20250311⟧;⟦INSTITUTION:Seniorenstift "
        "Haus Lindenhof⟧\n⟦ID:7730201⟧;⟦PERSON:Nguyen^Thi Lan⟧;⟦DATE:19900823⟧;US;Schilddrüse;⟦DATE:20250311⟧;"
        "HA",
        ("MRT Knie re", "Becken a.p.", "Schilddrüse", "Modalität", "Zuweiser", "Geb.-Datum"),
    ),
    (
        "de04",
        "de",
        "Telefonat 16:05 Uhr: Befund mit dem Sohn der Patientin, Herrn ⟦PERSON:Jannik Voss⟧, besprochen "
        "(Rückruf unter ⟦PHONE:0171 4482 903⟧). Er bittet um Übersendung an den Hausarzt Dr. ⟦PERSON:Ralf "
        "Kettler⟧, Fax ⟦PHONE:03381 22 19 47⟧. Befund: frische Sinterungsfraktur BWK 12, Hinterkante intakt, "
        "keine Myelonkompression. Empfehlung Kyphoplastie-Konsil.",
        ("16:05", "Sinterungsfraktur", "BWK 12", "Hinterkante", "Myelonkompression", "Kyphoplastie-Konsil"),
    ),
    (
        "de05",
        "de",
        "(0010,0010) PN [⟦PERSON:KRAUSE^HEIKE^M⟧^^]\n(0010,0020) LO [⟦ID:KH00982731⟧]\n(0010,0030) DA "
        "[⟦DATE:19590412⟧]\n(0008,0080) LO [⟦INSTITUTION:St. Marien-Hospital Vechta⟧]\n(0008,0090) PN "
        "[⟦PERSON:LAMPRECHT^OLIVER⟧^^DR.]\n(0008,1030) LO [CT Abdomen Becken KM]\n(0018,0050) DS [1.25]\n"
        "(0008,1090) LO [Revolution EVO]\n(0018,1210) SH [STANDARD]",
        ("CT Abdomen Becken KM", "Revolution EVO", "STANDARD", "(0018,0050)", "1.25"),
    ),
    (
        "de06",
        "de",
        "Tumorkonferenz Thorax Di., ⟦DATE:08.04.2025⟧, 15:30 Uhr, Raum 2.114\nFall 3: ⟦PERSON:Graf, Wilhelmine⟧ "
        "(*⟦DATE:1946⟧), Pat.-Nr. ⟦ID:100-448-217⟧. PET-CT: FDG-avider Herd im rechten Unterlappen, SUVmax 11,4; "
        "Lymphknoten Station 4R und 7. cT2b cN2 cM0, UICC IIIA. Vorstellung durch Dr. ⟦PERSON:Baumgartner-Oketch⟧ "
        "(Pneumologie). Empfehlung: EBUS-Staging.",
        ("15:30", "Unterlappen", "SUVmax 11,4", "Station 4R", "UICC IIIA", "EBUS-Staging", "Pneumologie"),
    ),
    (
        "de07",
        "de",
        "Nachtrag vom ⟦DATE:12.05.2025⟧ zum Befund vom ⟦DATE:09.05.⟧: Nach Eingang der Voraufnahmen aus der "
        "⟦INSTITUTION:Radiologie am Hauptbahnhof Kassel⟧ (CT vom ⟦DATE:Januar 2023⟧) ist die Läsion in Segment "
        "VII größenkonstant (18 mm). Bei typischem Irisblendenphänomen am ehesten Hämangiom. Keine weitere "
        "Abklärung nötig.\ngez. Dr. med. ⟦PERSON:Mirela Stanković⟧, Oberärztin",
        ("Segment VII", "18 mm", "Irisblendenphänomen", "Hämangiom", "Oberärztin", "Voraufnahmen"),
    ),
    (
        "de08",
        "de",
        "Entlassungsbrief – Station 4B\nPatient: ⟦PERSON:Piotrowski, Bernd⟧, ⟦AGE:92⟧ J., wohnhaft im "
        "⟦INSTITUTION:Pflegeheim Sonnenhügel⟧, Betreuerin: Frau ⟦PERSON:Ilona Rademacher⟧ (Tel. ⟦PHONE:0511 "
        "73 28 16⟧). Aufnahme nach Sturz. CT Schädel: kein Hinweis auf Blutung, Mikroangiopathie Fazekas 2. "
        "Röntgen Hüfte: mediale Schenkelhalsfraktur Garden III links.",
        ("Station 4B", "Mikroangiopathie", "Fazekas 2", "Schenkelhalsfraktur", "Garden III", "Sturz"),
    ),
    (
        "de09",
        "de",
        "Terminbestätigung\n⟦INSTITUTION:MVZ Radiologie Rhein-Neckar⟧ · ⟦ADDRESS:Bergheimer Str. 56a, 69115 "
        "Heidelberg⟧\nSehr geehrter Herr ⟦PERSON:Sander⟧, Ihr Termin zur MRT der Prostata (multiparametrisch, "
        "PI-RADS v2.1) ist am Mittwoch, ⟦DATE:4. Juni 2025⟧ um 10:20 Uhr. Bitte bringen Sie Ihre "
        "Versichertenkarte mit. Terminvergabe: ⟦PHONE:06221 91 08-300⟧, ⟦EMAIL:termine@mvz-rn-radiologie.de⟧",
        ("MRT der Prostata", "PI-RADS v2.1", "10:20", "Versichertenkarte", "multiparametrisch"),
    ),
    (
        "de10",
        "de",
        "Befund: Im Vergleich zur auswärtigen Voruntersuchung (⟦INSTITUTION:Praxis Dr. Engelhardt⟧, "
        "⟦DATE:11/2024⟧) zunehmender Pleuraerguss rechts, jetzt ca. 4 cm Saumbreite. Kompressionsatelektase "
        "im Unterlappen. Herz nicht verbreitert. Port-Katheter von links, Spitze Cava superior. Kein "
        "Pneumothorax.\nBefundet: ⟦PERSON:Henrike Castellano-Weiß⟧, FÄ Radiologie, ⟦DATE:27.02.2025⟧ 13:48",
        ("Pleuraerguss", "Kompressionsatelektase", "Port-Katheter", "Cava superior", "Pneumothorax", "13:48"),
    ),
    (
        "de11",
        "de",
        "Versicherte/r: ⟦PERSON:Kowalczyk, Agnieszka⟧ | Kasse: AOK Nordost | Vers.-Nr. ⟦ID:K218840671⟧ | "
        "Fall-Nr. ⟦ID:25-0117733⟧ | Aufn. ⟦DATE:03.01.25⟧\nMammographie beidseits in 2 Ebenen: ACR-Dichte C, "
        "BI-RADS 2 beidseits, Fibroadenom links oben außen bekannt seit 2019. Sonographie ergänzend unauffällig.",
        ("AOK Nordost", "ACR-Dichte C", "BI-RADS 2", "Fibroadenom", "2019", "Sonographie"),
    ),
    (
        "de12",
        "de",
        "Von: ⟦PERSON:Schellenberg, Dominik⟧ <⟦EMAIL:d.schellenberg@klinikum-wmk.de⟧>\nAn: Befundannahme "
        "Chirurgie\nBetreff: Patient ⟦PERSON:Akinyemi⟧, CT-Angio Becken-Bein\nDer Verschluss der A. femoralis "
        "superficialis links ist segmental (ca. 9 cm), gute Kollateralisierung über A. profunda femoris. "
        "Rückfragen gerne unter Durchwahl ⟦PHONE:4471⟧.\n--\n⟦INSTITUTION:Westmecklenburg Klinikum⟧, Zentrale "
        "Radiologie",
        ("CT-Angio Becken-Bein", "A. femoralis", "Kollateralisierung", "A. profunda femoris", "Befundannahme"),
    ),
    (
        "de13",
        "de",
        "Notfall 02:17 Uhr, RTW aus ⟦ADDRESS:Lindenweg 3 in Bad Salzuflen⟧. Pat. ⟦PERSON:Hassan Mahmoud "
        "Khalil⟧, 34 J., Sturz vom Fahrrad. CT Polytrauma: Milzlazeration AAST Grad III, geringe "
        "Perisplenalflüssigkeit, Rippenserienfraktur 7.-9. Rippe links. Ehefrau ⟦PERSON:Rania⟧ informiert. "
        "Unfallchirurg Dr. ⟦PERSON:Tebbe⟧ telefonisch um 02:40 Uhr verständigt.",
        ("02:17", "CT Polytrauma", "Milzlazeration", "AAST Grad III", "Rippenserienfraktur", "34 J."),
    ),
    (
        "de14",
        "de",
        "Anamnese: Z.n. Hemithyreoidektomie 2011 (⟦INSTITUTION:Elisabeth-Krankenhaus Essen⟧), M. Basedow. "
        "Aktuell Szintigraphie in der ⟦INSTITUTION:Nuklearmedizinischen Gemeinschaftspraxis Rüttenscheid⟧ am "
        "⟦DATE:14.2.⟧: kalter Knoten. Sonographisch 21 mm echoarmer Knoten, TI-RADS 4, Halslymphknoten "
        "unauffällig. Pat.: ⟦PERSON:Jelena Marković⟧, PID ⟦ID:0048871203⟧.",
        ("Hemithyreoidektomie", "2011", "M. Basedow", "kalter Knoten", "TI-RADS 4", "Halslymphknoten"),
    ),
    (
        "de15",
        "de",
        "Wichtiger Befund – bitte direkt weiterleiten!\nAn: Praxis Dr. ⟦PERSON:Holtkamp-Nnamdi⟧ / Dr. "
        "⟦PERSON:Freese⟧, ⟦ADDRESS:Marktplatz 9, 49401 Damme⟧, Fax ⟦PHONE:(05491) 6610-22⟧\nLungenembolie "
        "zentral beidseits mit Rechtsherzbelastung (RV/LV 1,3). Patientin wurde auf die Intensivstation verlegt. "
        "Ansprechpartner: Dienstarzt, Piepser ⟦PHONE:832⟧.",
        ("Lungenembolie", "Rechtsherzbelastung", "RV/LV 1,3", "Intensivstation", "Dienstarzt"),
    ),
    (
        "de16",
        "de",
        "MRT Schädel (Achieva 3.0T, Philips): FLAIR, DWI, SWI, T1 MPRAGE nativ und nach Gadobutrol. "
        "Mehrere periventrikuläre und juxtakortikale Läsionen, eine KM-aufnehmend, McDonald-Kriterien 2017 "
        "erfüllt. Vergleich mit MRT ⟦INSTITUTION:Uniklinik Gießen⟧ vom ⟦DATE:30.08.2022⟧: 4 neue Läsionen.\n"
        "Pat. ⟦PERSON:Lorenz-Bakir, Sophie⟧, 29 Jahre",
        ("Achieva 3.0T", "T1 MPRAGE", "Gadobutrol", "McDonald-Kriterien", "juxtakortikale", "29 Jahre"),
    ),
    (
        "de17",
        "de",
        "Röntgen Hand li. d.p./schräg: Distale Radiusfraktur extraartikulär (Colles-Typ), dorsale "
        "Abkippung 20°, Processus styloideus ulnae mitfrakturiert. Kein Hinweis auf Kienböck-Erkrankung. "
        "Bild 3/4 mit Gipsschiene.\nZuweisung: Dr. ⟦PERSON:Hannelore Baker⟧, D-Ärztin, ⟦INSTITUTION:Unfallpraxis "
        "Gohlis⟧, BG-Nr. ⟦ID:BG 4451/25/0073⟧",
        ("Colles-Typ", "Processus styloideus ulnae", "Kienböck-Erkrankung", "Bild 3/4", "Gipsschiene", "D-Ärztin"),
    ),
    (
        "de18",
        "de",
        "Übergabe Spätdienst → Nachtdienst, Sa ⟦DATE:17.5.⟧\n- Zi. 12, Frau ⟦PERSON:Reimers⟧: CT-Kontrolle "
        "Drainage morgen 8 Uhr angemeldet\n- Zi. 15, Herr ⟦PERSON:Ogunbiyi⟧: Kreatinin 2,1, keine KM-Gabe\n"
        "- Notaufnahme meldet ⟦PERSON:Petra Ziółkowska⟧ (⟦AGE:96⟧) mit V.a. Ileus, Abdomen-Übersicht in LL\n"
        "Rückfragen: Kollege ⟦PERSON:Ströbele⟧, Tel. -⟦PHONE:5512⟧",
        ("Spätdienst", "CT-Kontrolle", "Kreatinin 2,1", "V.a. Ileus", "Abdomen-Übersicht", "Notaufnahme"),
    ),
    (
        "de19",
        "de",
        "Mit freundlichen kollegialen Grüßen\n\nPD Dr. med. ⟦PERSON:Friedemann Osterloh⟧\nChefarzt Institut für "
        "Radiologie\n⟦INSTITUTION:Sana Klinikum Hameln-Pyrmont⟧\n⟦ADDRESS:Saint-Maur-Platz 1 · 31785 Hameln⟧\n"
        "Sekretariat: ⟦PHONE:05151 97-2201⟧ · ⟦URL:www.sana-hameln-pyrmont.de⟧\ncc: Dr. ⟦PERSON:Uwe Bremer⟧ "
        "(Hausarzt), Pat. ⟦PERSON:Gerlinde Paulsen⟧",
        ("Chefarzt", "Institut für Radiologie", "Sekretariat", "Hausarzt", "kollegialen Grüßen"),
    ),
)

_AT = (
    (
        "at01",
        "de",
        "⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧ – Universitätsklinik für Radiologie\nBefund-Nr. ⟦ID:RAD-25-044817⟧ "
        "vom ⟦DATE:7. Jänner 2025⟧\nPat.: ⟦PERSON:Hinterleitner Josefa⟧, SVNR ⟦ID:2817 120346⟧\nZuweiser: OA Dr. "
        "⟦PERSON:Matthias Zöhrer⟧, Interne Ambulanz\nCT Thorax-Abdomen: Hepatomegalie, Aszites gering, "
        "Splenomegalie 15 cm. Ösophagusvarizen fraglich.",
        ("Universitätsklinik für Radiologie", "Hepatomegalie", "Aszites", "Splenomegalie", "Ösophagusvarizen"),
    ),
    (
        "at02",
        "de",
        "Sehr geehrte Frau Dr. ⟦PERSON:Gschwandtner⟧!\nDanke für die Zuweisung von Frau ⟦PERSON:Emine Öztürk⟧ "
        "(geb. ⟦DATE:22.2.1979⟧). Die MR-Mammographie vom ⟦DATE:3. Feber⟧ zeigt links bei 2 Uhr eine 9 mm "
        "große Läsion mit Typ-III-Kurve, BI-RADS 4. Wir empfehlen die MR-gezielte Biopsie im "
        "⟦INSTITUTION:Brustgesundheitszentrum Kärnten⟧, Terminvereinbarung unter ⟦PHONE:0463 538-22410⟧.",
        ("MR-Mammographie", "2 Uhr", "Typ-III-Kurve", "BI-RADS 4", "MR-gezielte Biopsie"),
    ),
    (
        "at03",
        "de",
        "Ordination Dr. ⟦PERSON:Leopold Haberl⟧ – Facharzt für Orthopädie\n⟦ADDRESS:Hauptplatz 14/2, 4020 Linz⟧ · "
        "Tel. ⟦PHONE:0732 77 15 60⟧ · alle Kassen\nÜberweisung zur MRT re. Schulter: V.a. Rotatorenmanschettenruptur "
        "(Supraspinatus), Impingement, Z.n. Bankart-Operation 2016. Pat. ⟦PERSON:Andreas Steinbichler⟧, "
        "⟦DATE:08.10.1984⟧, ÖGK",
        (
            "Facharzt für Orthopädie",
            "Rotatorenmanschettenruptur",
            "Supraspinatus",
            "Bankart-Operation",
            "2016",
            "alle Kassen",
            "ÖGK",
        ),
    ),
    (
        "at04",
        "de",
        "Befundnr|Name|Geburtsdatum|SV-Nr|Untersuchung|Status\n⟦ID:0045122⟧|⟦PERSON:Moser Theresia⟧|⟦DATE:1933-07-"
        "11⟧|⟦ID:4471110733⟧|Rö Thorax pa/seitl|vidiert\n⟦ID:0045123⟧|⟦PERSON:Ramadani Arben⟧|⟦DATE:1988-01-30⟧|"
        "⟦ID:8912300188⟧|CT Schädel nativ|diktiert\n⟦ID:0045124⟧|⟦PERSON:Winkler-Hofer Eva⟧|⟦DATE:2011-05-02⟧|"
        "⟦ID:5526020511⟧|Sono Hüfte Graf|offen",
        ("Rö Thorax pa/seitl", "vidiert", "CT Schädel nativ", "diktiert", "Sono Hüfte Graf", "Untersuchung"),
    ),
    (
        "at05",
        "de",
        "Interdisziplinäres Tumorboard Urologie, ⟦INSTITUTION:Ordensklinikum Linz Elisabethinen⟧, ⟦DATE:12.03.2025⟧\n"
        "⟦PERSON:Kurz, Helmut⟧, 71a, ELGA-ID ⟦ID:ELG-0093-57712⟧: mpMRT Prostata PI-RADS 5 rechts peripher "
        "(Sektor 6p), extraprostatische Extension fraglich. PSMA-PET: keine Fernmetastasen. Gleason 4+3 in "
        "der Fusionsbiopsie. Beschluss: RPE mit Lymphadenektomie.",
        ("mpMRT Prostata", "PI-RADS 5", "Sektor 6p", "PSMA-PET", "Gleason 4+3", "Lymphadenektomie", "71a"),
    ),
    (
        "at06",
        "de",
        "Röntgeninstitut ⟦INSTITUTION:Diagnosezentrum Meidling⟧, ⟦ADDRESS:Meidlinger Hauptstraße 7-9, 1120 Wien⟧\n"
        "Befundende Ärztin: Dr.in ⟦PERSON:Nadja Pospischil⟧\nSkelettszintigraphie: vermehrte Speicherung "
        "Os sacrum beidseits (Honda-Zeichen), vereinbar mit Insuffizienzfraktur. Keine osteoblastischen "
        "Metastasen. Vergleich mit Aufnahme vom ⟦DATE:Dez. 2023⟧.",
        ("Röntgeninstitut", "Skelettszintigraphie", "Os sacrum", "Honda-Zeichen", "Insuffizienzfraktur"),
    ),
    (
        "at07",
        "de",
        "Telefonnotiz Mo ⟦DATE:14.4.⟧ 11:10: Anruf von Frau ⟦PERSON:Brigitte Ferstl⟧ (Tochter und "
        "Sachwalterin von Hrn. ⟦PERSON:Alois Ferstl⟧, ⟦AGE:94⟧ J., ⟦INSTITUTION:Haus der Barmherzigkeit "
        "Seeböckgasse⟧). Sie wünscht Befundkopie per Post. Rückruf ⟦PHONE:+43 664 912 44 07⟧. Befund CT "
        "Schädel: chronisches Subduralhämatom links 11 mm, Mittellinienshift 4 mm.",
        ("11:10", "Befundkopie", "chronisches Subduralhämatom", "Mittellinienshift", "CT Schädel"),
    ),
    (
        "at08",
        "de",
        "Zuweisung: ⟦INSTITUTION:PVE Gesundheitszentrum Mariazell⟧ (Dr. ⟦PERSON:Kovačević⟧)\nKlinische Angabe: "
        "Belastungsdyspnoe, D-Dimer erhöht.\nCT-Pulmonalisangiographie: Keine Lungenembolie. Mosaikperfusion, "
        "Bronchiektasen im Mittellappen. Lymphknoten mediastinal bis 9 mm. Ergänzend Schilddrüsenknoten "
        "rechts, Sonographie empfohlen.\nPat. ⟦PERSON:Anna-Lena Pfeifenberger⟧, KH-Zl. ⟦ID:2025/11873⟧",
        (
            "Belastungsdyspnoe",
            "D-Dimer",
            "CT-Pulmonalisangiographie",
            "Mosaikperfusion",
            "Mittellappen",
            "Bronchiektasen",
        ),
    ),
    (
        "at09",
        "de",
        "Mit kollegialen Grüßen\nUniv.-Prof. Dr. ⟦PERSON:Gerhild Aschauer-Tomić⟧\nLeiterin Neuroradiologie\n"
        "⟦INSTITUTION:Kepler Universitätsklinikum⟧ · Neuromed Campus\n⟦ADDRESS:Wagner-Jauregg-Weg 15, 4020 Linz⟧\n"
        "T ⟦PHONE:+43 (0)5 7680 87-24100⟧ · "
        "⟦EMAIL:gerhild.aschauer-tomic@kepleruniklinikum.at⟧\n⟦URL:https://www.kepleruniklinikum.at/neuroradiologie⟧",
        ("Leiterin Neuroradiologie", "Neuromed Campus", "kollegialen Grüßen"),
    ),
    (
        "at10",
        "de",
        "Befund: Sonographie Abdomen vom ⟦DATE:28.03.2025⟧, ⟦PERSON:Kerschbaumer Maximilian⟧, 8 Jahre. Appendix "
        "im rechten Unterbauch darstellbar, 8 mm, nicht komprimierbar, Kokarde, umgebende Fettgewebsimbibierung. "
        "Befund vereinbar mit akuter Appendizitis (Alvarado 7). Mitteilung an Kinderchirurgie (Dr. "
        "⟦PERSON:Wallner⟧) 19:25 Uhr.",
        ("Sonographie Abdomen", "8 Jahre", "Kokarde", "Appendizitis", "Alvarado 7", "Kinderchirurgie", "19:25"),
    ),
    (
        "at11",
        "de",
        "Anamnese lt. Vorbefund ⟦INSTITUTION:KH Barmherzige Brüder St. Veit⟧ (⟦DATE:10/2021⟧): Spondylodese "
        "L3-S1, Pedikelschrauben. Jetzt Schmerzprogredienz. CT LWS: Schraubenlockerung S1 bds. mit "
        "Lysesaum, Anschlussdegeneration L2/3. Kein Hinweis auf Spondylodiszitis. Pat. ⟦PERSON:Hrvoje "
        "Jurić⟧, e-card ⟦ID:1234 050672⟧.",
        (
            "Spondylodese",
            "L3-S1",
            "Pedikelschrauben",
            "Schraubenlockerung",
            "Anschlussdegeneration",
            "Spondylodiszitis",
        ),
    ),
    (
        "at12",
        "de",
        "Aufnahmeschein\nName: ⟦PERSON:PICHLER Rosalinde⟧\nAdresse: ⟦ADDRESS:Grazer Straße 112, 8200 Gleisdorf⟧\n"
        "Angehörige: ⟦PERSON:Werner Pichler⟧ (Ehemann) ⟦PHONE:03112 40 871⟧\nVersicherung: BVAEB, mitversichert\n"
        "Hausärztin: Dr. ⟦PERSON:Sigrid Lackner⟧\nAufnahmegrund: Hämoptysen, Rundherd Oberlappen rechts "
        "im Rö Thorax.",
        ("Aufnahmeschein", "Ehemann", "BVAEB", "mitversichert", "Hämoptysen", "Oberlappen"),
    ),
    (
        "at13",
        "de",
        "Ergänzung zum MRT-Befund vom ⟦DATE:2.5.2025⟧: Auf Wunsch von OA ⟦PERSON:Gruber⟧ (Gefäßchirurgie) "
        "Nachbeurteilung der TOF-Angio: Aneurysma der A. communicans anterior 4 mm, breitbasig. Circulus "
        "Willisii sonst regelrecht, hypoplastes A1-Segment rechts. Aufnahme 8/32, Serie 6.\n"
        "Dr. ⟦PERSON:Tamara Schrenk-Oyeyemi⟧",
        (
            "TOF-Angio",
            "A. communicans anterior",
            "Circulus Willisii",
            "A1-Segment",
            "Aufnahme 8/32",
            "Serie 6",
            "Gefäßchirurgie",
        ),
    ),
    (
        "at14",
        "de",
        "Betreff: Kontrolltermin ⟦PERSON:Šimić Dragana⟧\nLiebe Kolleginnen, die Pat. hat den CT-Termin am "
        "⟦DATE:21.5.⟧ abgesagt und bittet um Verschiebung. Sie ist erreichbar unter ⟦PHONE:0676/3318820⟧ "
        "(vormittags). Voruntersuchung ⟦DATE:Nov. 2024⟧: Nebennierenadenom 24 mm, lipidreich, "
        "Kontrolle nach 12 Monaten.\nLG ⟦PERSON:Verena⟧, Anmeldung Radiologie",
        ("Kontrolltermin", "CT-Termin", "Nebennierenadenom", "lipidreich", "12 Monaten", "Anmeldung Radiologie"),
    ),
    (
        "at15",
        "de",
        "(0010,0010) PN [⟦PERSON:EDER^FRANZISKA⟧]\n(0010,1010) AS [⟦AGE:091⟧Y]\n(0008,0050) SH [⟦ID:GR25A0031877⟧]\n"
        "(0008,0020) DA [⟦DATE:20250219⟧]\n(0008,0030) TM [142233]\n(0008,0081) ST [⟦ADDRESS:Stiftingtalstraße 24, "
        "Graz⟧]\n(0008,1010) SH [CTAWP73390]\n(0018,0015) CS [CHEST]\n(0008,103E) LO [Thorax 1.0 Br40]",
        ("CTAWP73390", "CHEST", "Thorax 1.0 Br40", "(0008,103E)", "(0018,0015)"),
    ),
    (
        "at16",
        "de",
        "Konsiliarbefund Kinderradiologie\nKind ⟦PERSON:Lukas Mayrhofer⟧, ⟦DATE:06.06.2023⟧, Mutter ⟦PERSON:Daniela "
        "Mayrhofer-Strobl⟧ begleitet\nSono Hüften nach Graf: rechts Typ Ia (Alpha 64°), links Typ IIa (Alpha 55°). "
        "Kontrolle in 6 Wochen. Zuweisung vom Kinderarzt Dr. ⟦PERSON:Amir Sadeghi⟧, ⟦INSTITUTION:Kinderordination "
        "Steyr-Ennsleite⟧.",
        ("Kinderradiologie", "Sono Hüften nach Graf", "Typ Ia", "Alpha 64°", "Typ IIa", "6 Wochen"),
    ),
    (
        "at17",
        "de",
        "Vorbefunde: MRT ⟦INSTITUTION:Röntgen Mödling⟧ ⟦DATE:3/2024⟧, CT ⟦INSTITUTION:LK Baden⟧ ⟦DATE:15.01.2025⟧.\n"
        "Aktuell: Morbus Crohn mit Stenose des terminalen Ileums über 6 cm, prästenotische Dilatation 3,8 cm, "
        "Fistel zum Sigma. Keine Abszedierung. MaRIA-Score erhöht.\nBefundet 9:52 Uhr, Dr. ⟦PERSON:Horvath⟧",
        ("Morbus Crohn", "terminalen Ileums", "prästenotische Dilatation", "Sigma", "MaRIA-Score", "9:52"),
    ),
    (
        "at18",
        "de",
        "Entlassungsbrief Abteilung für Innere Medizin\nWir berichten über Hrn. ⟦PERSON:Ernst Hölzl⟧, "
        "geb. ⟦DATE:5. Mai 1949⟧, stationär von ⟦DATE:02.04.⟧ bis ⟦DATE:09.04.2025⟧. Diagnosen: "
        "Pneumonie rechts basal (CURB-65: 2), Vorhofflimmern, Z.n. Hashimoto-Thyreoiditis. Weitere "
        "Betreuung durch Hausarzt Dr. ⟦PERSON:Lugmayr⟧, ⟦ADDRESS:Kirchengasse 2, Ried im Innkreis⟧.",
        ("Innere Medizin", "CURB-65: 2", "Vorhofflimmern", "Hashimoto-Thyreoiditis", "basal"),
    ),
    (
        "at19",
        "de",
        "Auftrag ⟦ID:A25-338120⟧ | ⟦PERSON:Zsófia Nagy-Kernstock⟧ | ⟦DATE:19.11.1958⟧ | Station C3 | Bett 4\n"
        "Fragestellung: Lagekontrolle ZVK und Thoraxdrainage nach Lobektomie.\nBefund: ZVK über V. jugularis "
        "interna rechts, Spitze auf Höhe der Carina. Drainage regelrecht, kein Restpneumothorax. Hautemphysem "
        "thorakal rechts.",
        ("Station C3", "Lagekontrolle ZVK", "Lobektomie", "V. jugularis", "Carina", "Hautemphysem"),
    ),
)

_CH = (
    (
        "ch01",
        "de",
        "⟦INSTITUTION:Kantonsspital Baselland⟧, Standort ⟦INSTITUTION:Liestal⟧ – Institut für Radiologie\n"
        "Patient: ⟦PERSON:Bühlmann, Reto⟧, ⟦DATE:11.06.1957⟧, PID ⟦ID:40118827⟧, Fall FID ⟦ID:9300442178⟧\n"
        "CT Abdomen vom ⟦DATE:4.4.2025⟧: Pankreatitis mit peripankreatischen Flüssigkeitskollektionen, "
        "Atlanta-Klassifikation interstitiell-ödematös, Balthazar C. Gallensteine.",
        ("Institut für Radiologie", "Pankreatitis", "Atlanta-Klassifikation", "Balthazar C", "Gallensteine"),
    ),
    (
        "ch02",
        "de",
        "Sehr geehrter Herr Kollege ⟦PERSON:Gashi⟧\nBesten Dank für die Zuweisung von Frau ⟦PERSON:Vjosa "
        "Krasniqi⟧, geb. ⟦DATE:30.9.1992⟧, AHV ⟦ID:756.4471.2093.18⟧. Im MRT des Beckens zeigt sich eine "
        "Endometriose mit Beteiligung des Douglasraums und ein Endometriom links von 3,4 cm. Die Ovarien sonst "
        "unauffällig. Freundliche Grüsse, Dr. med. ⟦PERSON:Corinne Zürcher⟧",
        ("Endometriose", "Douglasraums", "Endometriom", "3,4 cm", "Ovarien", "Freundliche Grüsse"),
    ),
    (
        "ch03",
        "de",
        "Zuweisende Stelle: ⟦INSTITUTION:Hausarztpraxis Bärenmatte⟧, ⟦ADDRESS:Bahnhofstrasse 22, 3400 Burgdorf⟧, "
        "Tel. ⟦PHONE:034 422 18 90⟧, HIN-Mail ⟦EMAIL:praxis.baerenmatte@hin.ch⟧\nFragestellung: Schulter links, "
        "Kalkdepot? Tendinopathie?\nRöntgen Schulter li. in 3 Ebenen: Tendinosis calcarea der Supraspinatussehne "
        "(Gärtner Typ II), AC-Gelenksarthrose.",
        (
            "Zuweisende Stelle",
            "Kalkdepot",
            "Tendinosis calcarea",
            "Supraspinatussehne",
            "Gärtner Typ II",
            "AC-Gelenksarthrose",
        ),
    ),
    (
        "ch04",
        "de",
        "Worklist Fr ⟦DATE:16.05.2025⟧ – MR2 (Magnetom Vida)\n07:30 ⟦PERSON:Keller-Rüegg, Ursula⟧ | MRI Knie re | "
        "PN ⟦ID:2203948⟧\n08:15 ⟦PERSON:Da Silva Ferreira, João⟧ | MRI HWS | PN ⟦ID:2204117⟧\n09:00 "
        "⟦PERSON:Imboden, Noah⟧ (11 J.) | MRI Schädel Sedation | PN ⟦ID:2204120⟧\n09:45 Wartung Siemens",
        ("Magnetom Vida", "07:30", "MRI Knie re", "MRI HWS", "MRI Schädel Sedation", "11 J.", "Wartung"),
    ),
    (
        "ch05",
        "de",
        "Bericht an: Dr. ⟦PERSON:Silvan Aebischer⟧, Leitender Arzt Angiologie, ⟦INSTITUTION:Hirslanden Klinik "
        "Aarau⟧; Kopie: ⟦INSTITUTION:Pflegezentrum Lindenfeld⟧, z.H. Pflegefachfrau ⟦PERSON:Rosmarie "
        "Egli⟧\nDuplex Beinvenen: "
        "Tiefe Venenthrombose der V. poplitea rechts bis in die V. femoralis, nicht komprimierbar. Baker-Zyste "
        "rechts 3 cm, nicht rupturiert. Wells-Score 3.",
        ("Leitender Arzt Angiologie", "Duplex Beinvenen", "V. poplitea", "Baker-Zyste", "Wells-Score 3"),
    ),
    (
        "ch06",
        "de",
        "Nachtrag (⟦DATE:23.01.2025⟧, 17:12): Telefonische Mitteilung des Befundes an Dr. ⟦PERSON:Meier⟧ "
        "(Dienstarzt Chirurgie, Sucher ⟦PHONE:46 213⟧). Freie Luft subphrenisch beidseits, V.a. "
        "Hohlorganperforation. Pat. ⟦PERSON:Hans-Ruedi Zimmerli⟧, ⟦AGE:90⟧-jährig, wohnhaft "
        "im ⟦INSTITUTION:Alterszentrum Sonnmatt⟧ in ⟦ADDRESS:Luzern⟧.",
        ("17:12", "Dienstarzt Chirurgie", "Freie Luft", "subphrenisch", "Hohlorganperforation"),
    ),
    (
        "ch07",
        "de",
        "Fall-Nr.\tName\tGeb.\tUntersuch\tBefunder\n⟦ID:2025004471⟧\t⟦PERSON:Rochat Sandrine⟧\t⟦DATE:12.04.1976⟧"
        "\tMammo Screening\t⟦PERSON:Ammann⟧\n⟦ID:2025004472⟧\t⟦PERSON:Kälin Beat⟧\t⟦DATE:01.12.1949⟧\tCT Koronar "
        "Agatston\t⟦PERSON:Ammann⟧\n⟦ID:2025004473⟧\t⟦PERSON:Yilmaz Deniz⟧\t⟦DATE:17.03.2001⟧\tMRI Sprunggelenk\t"
        "⟦PERSON:Lüthi⟧",
        ("Mammo Screening", "CT Koronar", "Agatston", "MRI Sprunggelenk", "Untersuch", "Befunder"),
    ),
    (
        "ch08",
        "de",
        "Tumorboard Gastrointestinal ⟦INSTITUTION:USZ⟧, Donnerstag, ⟦DATE:6. März⟧\n⟦PERSON:Frei, Margrit⟧ "
        "(⟦AGE:93⟧): Hepatozelluläres Karzinom Segment IVa, 4,2 cm, LI-RADS 5, ausserhalb Mailand-Kriterien "
        "wegen Satelliten. Child-Pugh A. Empfehlung TACE. Angehörige: Neffe ⟦PERSON:Thomas Frei⟧, "
        "⟦PHONE:079 512 33 08⟧.",
        (
            "Tumorboard Gastrointestinal",
            "Segment IVa",
            "LI-RADS 5",
            "Mailand-Kriterien",
            "Child-Pugh A",
            "TACE",
            "Neffe",
        ),
    ),
    (
        "ch09",
        "de",
        "Vergleich: Externe Voraufnahmen ⟦INSTITUTION:Radiologie Zentrum Zug⟧ ⟦DATE:2.8.2024⟧ und "
        "⟦INSTITUTION:Spital Einsiedeln⟧ ⟦DATE:Oktober 2024⟧.\nCT Thorax: Progrediente Milchglasverdichtungen "
        "subpleural basal, Traktionsbronchiektasen, beginnendes Honigwabenmuster, UIP-Muster wahrscheinlich.\n"
        "Visiert: PD Dr. ⟦PERSON:Nicolò Ballabio-Steiner⟧",
        ("Milchglasverdichtungen", "Traktionsbronchiektasen", "Honigwabenmuster", "UIP-Muster", "Visiert"),
    ),
    (
        "ch10",
        "fr",
        "⟦INSTITUTION:Hôpitaux Universitaires de Genève⟧ – Service de radiologie\nPatiente: Mme ⟦PERSON:Favre-"
        "Morand, Hélène⟧, née le ⟦DATE:4 mars 1950⟧, NIP ⟦ID:0071822490⟧\nIRM cérébrale du ⟦DATE:14/04/2025⟧: "
        "séquelles ischémiques du territoire sylvien gauche, leucopathie Fazekas 2. Pas de lésion récente en "
        "diffusion.",
        ("Service de radiologie", "IRM cérébrale", "territoire sylvien", "leucopathie", "Fazekas 2", "diffusion"),
    ),
    (
        "ch11",
        "fr",
        "Cher Confrère,\nJe vous remercie de m'avoir adressé Monsieur ⟦PERSON:Karim Benali⟧, ⟦AGE:97⟧ ans, "
        "résident de l'⟦INSTITUTION:EMS La Colline⟧ à ⟦ADDRESS:Chexbres⟧. Le scanner thoraco-abdominal montre "
        "une masse du côlon droit de 5 cm avec adénopathies locorégionales. Sa fille, Mme ⟦PERSON:Leïla Benali⟧, "
        "souhaite être contactée au ⟦PHONE:021 946 12 70⟧.\nDr ⟦PERSON:Olivier Rapin⟧",
        ("Cher Confrère", "scanner thoraco-abdominal", "côlon droit", "adénopathies", "locorégionales"),
    ),
    (
        "ch12",
        "fr",
        "Centre d'imagerie ⟦INSTITUTION:Rive Droite SA⟧, ⟦ADDRESS:rue de Lausanne 64, 1202 Genève⟧, tél. "
        "⟦PHONE:022 906 45 00⟧, ⟦URL:www.imagerie-rivedroite.ch⟧\nRendez-vous: lundi ⟦DATE:2 juin 2025⟧ à "
        "14h15, arthro-IRM de la hanche droite "
        "(suspicion de conflit fémoro-acétabulaire de type came). Merci de vous présenter 20 minutes avant. "
        "Patient: ⟦PERSON:Julien Perroud⟧",
        ("Rendez-vous", "14h15", "arthro-IRM", "conflit fémoro-acétabulaire", "type came", "20 minutes"),
    ),
    (
        "ch13",
        "fr",
        "Addendum du ⟦DATE:09.05.2025⟧: après discussion avec le Dr ⟦PERSON:Mathieu Bonvin⟧ "
        "(⟦INSTITUTION:Hôpital de Sion⟧"
        "), la lésion hépatique de 14 mm correspond à une hyperplasie nodulaire focale (cicatrice "
        "centrale en T2). Pas de suivi nécessaire. IRM antérieure au ⟦INSTITUTION:Centre Médical de Crans"
        "⟧ en ⟦DATE:2022⟧.\n⟦PERSON:A. Mettraux⟧, médecin assistante",
        ("hyperplasie nodulaire focale", "cicatrice centrale", "14 mm", "Pas de suivi", "médecin assistante"),
    ),
    (
        "ch14",
        "fr",
        "De: ⟦EMAIL:sec.radiologie@hopital-jura.ch⟧\nObjet: rapport ⟦PERSON:Châtelain Lucie⟧ (⟦ID:HJU-558120⟧)\n"
        "Madame, veuillez trouver ci-joint le rapport de l'échographie abdominale. Vésicule lithiasique sans "
        "signe de cholécystite, voies biliaires non dilatées, signe de Murphy négatif.\nSecrétariat de radiologie, "
        "⟦INSTITUTION:Hôpital du Jura⟧, site de ⟦ADDRESS:Delémont⟧",
        ("échographie abdominale", "Vésicule lithiasique", "cholécystite", "signe de Murphy", "voies biliaires"),
    ),
    (
        "ch15",
        "it",
        "⟦INSTITUTION:Ente Ospedaliero Cantonale⟧ – ⟦INSTITUTION:Ospedale Regionale di Bellinzona e Valli⟧\n"
        "Paziente: ⟦PERSON:Rezzonico Giuliana⟧, nata il ⟦DATE:12.08.1944⟧, n. paziente ⟦ID:501277390⟧\n"
        "TC torace del ⟦DATE:20 marzo 2025⟧: nodulo solido di 11 mm nel lobo superiore destro, "
        "Lung-RADS 4A. Enfisema centrolobulare. Si consiglia PET-TC.",
        ("TC torace", "nodulo solido", "lobo superiore destro", "Lung-RADS 4A", "Enfisema centrolobulare"),
    ),
    (
        "ch16",
        "it",
        "Gentile collega Dr.ssa ⟦PERSON:Pedrazzini⟧,\nLe inviamo il referto della RM del ginocchio sinistro "
        "del Sig. ⟦PERSON:Marco Bernasconi⟧ (nato il ⟦DATE:3/7/1971⟧): lesione a manico di secchio del menisco "
        "mediale, edema osseo del condilo femorale, lesione di Segond assente. Per domande: ⟦PHONE:091 811 "
        "60 40⟧ int. ⟦PHONE:2718⟧.",
        ("RM del ginocchio", "manico di secchio", "menisco mediale", "condilo femorale", "Segond"),
    ),
    (
        "ch17",
        "it",
        "Nota telefonica ore 10.40: la figlia della paziente, sig.ra ⟦PERSON:Chiara Moretti⟧, chiede copia delle "
        "immagini su CD. Paziente ⟦PERSON:Albertina Moretti-Gianola⟧, ⟦AGE:99⟧ anni, ricoverata presso la "
        "⟦INSTITUTION:Casa Anziani Al Lido di Locarno⟧. ECO addome: ascite moderata, colecisti alitiasica.",
        ("10.40", "copia delle immagini", "ECO addome", "ascite moderata", "colecisti alitiasica"),
    ),
    (
        "ch18",
        "it",
        "Referto TC encefalo – ⟦INSTITUTION:Clinica Luganese Moncucco⟧, ⟦ADDRESS:via Moncucco 10, 6900 Lugano⟧\n"
        "Ematoma subdurale acuto frontoparietale destro di 8 mm, senza shift della linea mediana. Frattura "
        "dell'osso temporale destro. Confronto con TC del ⟦DATE:02/05/2025⟧ (⟦INSTITUTION:Ospedale Civico⟧).\n"
        "Firmato: Dr. med. ⟦PERSON:Fabrizio Canonica⟧",
        ("TC encefalo", "Ematoma subdurale", "linea mediana", "osso temporale", "frontoparietale"),
    ),
    (
        "ch19",
        "it",
        "Distribuzione: medico curante Dr. ⟦PERSON:Lorenzo Tamò⟧, ⟦ADDRESS:Piazza Grande 5, Locarno⟧; "
        "oncologia ⟦INSTITUTION:IOSI⟧; paziente ⟦PERSON:Sofia Pellandini⟧ (⟦EMAIL:s.pellandini@bluewin.ch⟧)\n"
        "Conclusione: risposta parziale secondo RECIST 1.1 (somma diametri da 68 a 41 mm), nessuna nuova "
        "lesione. Prossimo controllo fra 3 mesi.",
        ("medico curante", "oncologia", "RECIST 1.1", "risposta parziale", "3 mesi"),
    ),
)

_UK = (
    (
        "uk01",
        "en",
        "⟦INSTITUTION:Leeds Teaching Hospitals NHS Trust⟧ – CRIS Report\nPatient: ⟦PERSON:OKONKWO, Chiamaka⟧  NHS No: "
        "⟦ID:485 777 3456⟧  Hosp No: ⟦ID:L0938822⟧  DOB: ⟦DATE:17/08/1983⟧\nExam: MRI Pelvis (rectal staging), "
        "⟦DATE:03/03/2025⟧ 11:25\nLow rectal tumour 4 cm from anal verge, mrT3c, EMVI positive, CRM threatened "
        "(0.8 mm) at 7 o'clock.",
        ("CRIS Report", "MRI Pelvis", "anal verge", "mrT3c", "EMVI positive", "7 o'clock", "11:25"),
    ),
    (
        "uk02",
        "en",
        "Dear Dr ⟦PERSON:Whitfield⟧,\nRE: ⟦PERSON:Gallacher, Siobhan⟧ – DOB ⟦DATE:2 November 1961⟧ – ⟦ADDRESS:14 "
        "Thornhill Crescent, Paisley PA2 7QL⟧\nThank you for referring this lady with haemoptysis. CT chest shows "
        "a 22 mm spiculated nodule in the apical segment of the right upper lobe, Brock score 38%. I have "
        "discussed her at our lung MDT.\nYours sincerely",
        ("haemoptysis", "spiculated nodule", "apical segment", "right upper lobe", "Brock score", "lung MDT"),
    ),
    (
        "uk03",
        "en",
        "Accession,NHS_Number,Surname,Forename,DOB,Exam,Referrer,Site\n⟦ID:RBA25030177⟧,⟦ID:9434765919⟧,"
        "⟦PERSON:McAllister⟧,⟦PERSON:Fraser⟧,⟦DATE:1955-12-01⟧,XR Chest PA,⟦INSTITUTION:Woodlands Surgery⟧,"
        "⟦INSTITUTION:MPH⟧\n⟦ID:RBA25030178⟧,⟦ID:4010232137⟧,⟦PERSON:Adeyemi⟧,⟦PERSON:Tolulope⟧,⟦DATE:1999-04-"
        "22⟧,US Abdomen,ED,⟦INSTITUTION:MPH⟧\n⟦ID:RBA25030179⟧,⟦ID:7653311190⟧,⟦PERSON:Brown⟧,⟦PERSON:Harriet⟧,"
        "⟦DATE:1931-07-09⟧,XR Hip,Ward 22,⟦INSTITUTION:Taunton⟧",
        ("XR Chest PA", "US Abdomen", "XR Hip", "Ward 22", "Referrer", "Forename"),
    ),
    (
        "uk04",
        "en",
        "Telephone call 18:50: discussed urgent finding with FY1 Dr ⟦PERSON:Priya Raghunathan⟧ (bleep ⟦PHONE:2417⟧) "
        "on Ward 9 (Acute Medical Unit). CT head: right MCA territory infarct, ASPECTS 6, hyperdense MCA sign. "
        "Stroke team aware. Patient ⟦PERSON:Derek Ashworth⟧, ⟦AGE:91⟧ years, from ⟦INSTITUTION:Beechwood Court "
        "care home⟧.",
        ("18:50", "Acute Medical Unit", "MCA territory infarct", "ASPECTS 6", "hyperdense MCA sign", "Stroke team"),
    ),
    (
        "uk05",
        "en",
        "ADDENDUM (⟦DATE:14 Apr 2025⟧): Comparison made with outside imaging from ⟦INSTITUTION:Spire Bristol⟧ "
        "(MRI ⟦DATE:Sept '23⟧) now uploaded to PACS. The 12 mm T2-bright lesion at L2 is unchanged and has "
        "the appearance of a haemangioma. No Schmorl's node. No further imaging required.\n"
        "Dr ⟦PERSON:Rhodri Pugh-Evans⟧, Consultant Radiologist, GMC ⟦ID:6104482⟧",
        ("PACS", "T2-bright lesion", "L2", "haemangioma", "Schmorl's node", "Consultant Radiologist"),
    ),
    (
        "uk06",
        "en",
        "Discharge summary – Ward 31, ⟦INSTITUTION:Royal Victoria Infirmary⟧\nName: Mrs ⟦PERSON:Anne-Marie "
        "Doherty⟧  MRN ⟦ID:RVI-2207731⟧\nNext of kin: ⟦PERSON:Sean Doherty⟧ (husband), ⟦PHONE:07700 914 552⟧\n"
        "Diagnosis: Barrett's oesophagus with Schatzki ring; CT showed no mediastinal lymphadenopathy. Follow-up "
        "OGD in 3 months with Mr ⟦PERSON:Hussain⟧.",
        ("Ward 31", "Next of kin", "Barrett's oesophagus", "Schatzki ring", "mediastinal lymphadenopathy", "OGD"),
    ),
    (
        "uk07",
        "en",
        "Clinical details (from referral): 'Fell at home on Saturday ⟦DATE:8th March⟧, pain L ankle, unable to "
        "weight bear. Ottawa ankle rules positive.' Referred by ⟦INSTITUTION:Hexham Minor Injuries Unit⟧.\n"
        "XR L ankle: Weber B fracture of the lateral malleolus, medial clear space preserved. Talar shift "
        "absent.\nReported by ⟦PERSON:J. Ogunleye⟧ (Reporting Radiographer)",
        ("Ottawa ankle rules", "Weber B", "lateral malleolus", "medial clear space", "Reporting Radiographer"),
    ),
    (
        "uk08",
        "en",
        "Sarcoma MDT Wed ⟦DATE:19/03/25⟧\n4. ⟦PERSON:Tariq Mahmood⟧ (⟦INSTITUTION:RNOH⟧ ⟦ID:0211984⟧), 17M. "
        "MRI R femur: "
        "aggressive diaphyseal lesion with onion-skin periosteal reaction and large soft tissue component, "
        "Ewing sarcoma favoured. Biopsy at ⟦INSTITUTION:Stanmore⟧ booked. Key worker ⟦PERSON:Gemma Lloyd⟧ "
        "(CNS) ⟦PHONE:020 8909 5491⟧.",
        ("Sarcoma MDT", "17M", "diaphyseal lesion", "onion-skin", "Ewing sarcoma", "CNS"),
    ),
    (
        "uk09",
        "en",
        "Kind regards,\n\nDr ⟦PERSON:Fionnuala Breathnach⟧\nConsultant Interventional Radiologist\nDepartment of "
        "Radiology, ⟦INSTITUTION:Ninewells Hospital⟧\n⟦ADDRESS:Dundee DD1 9SY⟧\nTel ⟦PHONE:01382 660111⟧ ext "
        "⟦PHONE:32617⟧ | ⟦EMAIL:f.breathnach@nhs.scot⟧\nThis e-mail is confidential and intended for the "
        "addressee only.",
        ("Kind regards", "Consultant Interventional Radiologist", "Department of Radiology", "confidential"),
    ),
    (
        "uk10",
        "en",
        "Findings: Comparison CT from ⟦INSTITUTION:Queen Elizabeth University Hospital⟧ dated ⟦DATE:12.11.2024⟧. "
        "The left adrenal nodule measures 19 mm (previously 18 mm), 8 HU on unenhanced imaging, in keeping "
        "with a lipid-rich adenoma. Incidental Morgagni hernia containing omental fat. Bosniak I cyst left "
        "kidney.\n⟦PERSON:Kirsty McLean⟧, ST4",
        ("adrenal nodule", "8 HU", "lipid-rich adenoma", "Morgagni hernia", "Bosniak I", "ST4"),
    ),
    (
        "uk11",
        "en",
        "Appointment letter\nMr ⟦PERSON:Wojciech Nowicki⟧\n⟦ADDRESS:Flat 3, 27 Albion Street, Hull HU1 3TE⟧\n"
        "Your MRI scan (lumbar spine) has been booked for Thursday ⟦DATE:24 April 2025⟧ at 08:40 in the "
        "Radiology Department, ⟦INSTITUTION:Castle Hill Hospital⟧. Please do not eat for 2 hours "
        "before. Queries: ⟦PHONE:01482 461 237⟧.",
        ("Appointment letter", "lumbar spine", "08:40", "Radiology Department", "2 hours"),
    ),
    (
        "uk12",
        "en",
        "Handover (night SpR → day team)\n- Bed 14 AMU, Ms ⟦PERSON:Okoro⟧: CTPA negative for PE, ?atypical "
        "pneumonia\n- ⟦PERSON:Wilson, Elsie⟧ (⟦AGE:98⟧), ⟦INSTITUTION:Ashgrove Nursing Home⟧: CT KUB – 6 mm "
        "obstructing stone at VUJ\n- ⟦PERSON:Paget, Ronald⟧ – Paget's disease of pelvis on XR, "
        "not acute\nBleep me on ⟦PHONE:6634⟧. ⟦PERSON:Imran⟧",
        ("Bed 14 AMU", "CTPA", "atypical", "CT KUB", "VUJ", "Paget's disease"),
    ),
    (
        "uk13",
        "en",
        "GP letter\n⟦INSTITUTION:Hollybank Medical Practice⟧, ⟦ADDRESS:2 Church Lane, Kidlington OX5 2AY⟧\n"
        "Dear Colleague, please arrange USS abdomen for Mrs ⟦PERSON:Zainab Chaudhry⟧ (DOB ⟦DATE:09/06/1978⟧, "
        "NHS ⟦ID:732 014 8890⟧). Deranged LFTs (ALP 310), RUQ pain, Murphy's sign positive. Many thanks, "
        "Dr ⟦PERSON:Elspeth Morton⟧",
        ("USS abdomen", "Deranged LFTs", "ALP 310", "RUQ pain", "Murphy's sign", "Dear Colleague"),
    ),
    (
        "uk14",
        "en",
        "(0010,0010) PN [⟦PERSON:PATEL^VIKRAM⟧^^^MR]\n(0010,0020) LO [⟦ID:RX1-4481200⟧]\n(0010,1040) LO "
        "[⟦ADDRESS:19 MERCIA WAY NOTTINGHAM NG5 1PB⟧]\n(0008,0080) LO [⟦INSTITUTION:NOTTINGHAM CITY HOSP⟧]\n"
        "(0032,1032) PN [⟦PERSON:HARGREAVES^L⟧]\n(0008,1030) LO [MRI PROSTATE BIPARAMETRIC]\n(0018,0087) DS [1.5]",
        ("MRI PROSTATE BIPARAMETRIC", "(0018,0087)", "(0032,1032)", "1.5"),
    ),
    (
        "uk15",
        "en",
        "Outside study: XR right shoulder performed at ⟦INSTITUTION:InHealth Chelmsford⟧ on the ⟦DATE:3rd of "
        "January⟧ shows an anterior dislocation with Hill-Sachs lesion. Today's MRI arthrogram: bony Bankart "
        "lesion, 15% glenoid bone loss, ALPSA lesion not seen. Referred by Mr ⟦PERSON:Oluwaseun Bakare⟧, "
        "Upper Limb Unit.",
        (
            "anterior dislocation",
            "Hill-Sachs lesion",
            "MRI arthrogram",
            "Bankart",
            "glenoid bone loss",
            "Upper Limb Unit",
        ),
    ),
    (
        "uk16",
        "en",
        "cc: Dr ⟦PERSON:H. Sinclair⟧, ⟦INSTITUTION:Canongate Surgery⟧, ⟦ADDRESS:Edinburgh⟧\n    Miss ⟦PERSON:Ruth "
        "Abernethy⟧ (patient), ⟦ADDRESS:11/4 Dalkeith Road, EH16 5BU⟧\n    Breast Unit, ⟦INSTITUTION:Western "
        "General⟧\nCHI: ⟦ID:1703841276⟧\nConclusion: U3 lesion at 10 o'clock left breast; ultrasound-guided core "
        "biopsy recommended.",
        ("Breast Unit", "U3 lesion", "10 o'clock", "ultrasound-guided", "core biopsy"),
    ),
    (
        "uk17",
        "en",
        "Paediatric XR chest, ⟦PERSON:Alfie Thompson-Mensah⟧, 3 years. Mother (⟦PERSON:Naomi⟧) reports fever "
        "for 4 days. Right lower lobe consolidation with small parapneumonic effusion. Cardiothymic silhouette "
        "normal. Compare with XR from ⟦INSTITUTION:Sheffield Children's⟧ ⟦DATE:Jan 2024⟧.\nReported "
        "⟦DATE:21/02/2025⟧ 15:02, image 2 of 2.",
        ("3 years", "Right lower lobe", "parapneumonic effusion", "Cardiothymic silhouette", "15:02", "image 2 of 2"),
    ),
    (
        "uk18",
        "en",
        "Insurance: ⟦INSTITUTION:Bupa⟧ membership ⟦ID:88031774-02⟧, pre-authorisation ⟦ID:PA/5519203⟧\nPatient: "
        "Lady ⟦PERSON:Caroline Ashby-Fane⟧, ⟦ADDRESS:The Old Rectory, Great Missenden⟧\nMRI knee at ⟦INSTITUTION:"
        "The Chiltern Hospital⟧: Osgood-Schlatter sequelae, patellar tendinopathy, Hoffa fat pad oedema. "
        "Cruciates intact.",
        ("Osgood-Schlatter", "patellar tendinopathy", "Hoffa fat pad", "Cruciates intact", "pre-authorisation"),
    ),
    (
        "uk19",
        "en",
        "From: ⟦PERSON:Ben Adeyemi-Clarke⟧ <⟦EMAIL:ben.adeyemi-clarke2@nhs.net⟧>\nSent: ⟦DATE:06 May 2025⟧ 09:14\n"
        "Subject: second opinion – ⟦PERSON:Moira Gillespie⟧\nHi, could you look at the CT from ⟦INSTITUTION:"
        "Wythenshawe⟧? Chronic Budd-Chiari with caudate hypertrophy, or just cirrhosis? Accession "
        "⟦ID:WYT25-0044817⟧. Thanks, Ben",
        ("second opinion", "Budd-Chiari", "caudate hypertrophy", "cirrhosis", "09:14"),
    ),
)

_US = (
    (
        "us01",
        "en",
        "⟦INSTITUTION:Mercy Regional Medical Center⟧ – Department of Radiology\nPt: ⟦PERSON:JOHNSON, Marcus D.⟧  "
        "MRN: ⟦ID:004471829⟧  Acc#: ⟦ID:MR25-118204⟧  DOB: ⟦DATE:4/17/1966⟧\nOrdering: ⟦PERSON:Patel, Anjali⟧, MD\n"
        "EXAM: CT ABD/PELVIS W CONTRAST ⟦DATE:03/22/2025⟧ 14:07\nHISTORY: RLQ pain, r/o appendicitis.",
        ("Department of Radiology", "CT ABD/PELVIS W CONTRAST", "14:07", "RLQ pain", "appendicitis"),
    ),
    (
        "us02",
        "en",
        "IMPRESSION:\n1. Chance fracture of L1 with distraction of the posterior elements; TLICS 7.\n2. "
        "Comparison is made "
        "with outside CT from ⟦INSTITUTION:Valley View ER⟧ dated ⟦DATE:March 3rd⟧; no interval change in the T12 "
        "compression deformity.\nFindings called to Dr. ⟦PERSON:Nwachukwu⟧ at 22:31 on ⟦DATE:3/4/25⟧ by "
        "⟦PERSON:R. Castillo⟧, MD (read-back confirmed).",
        ("Chance fracture", "L1", "posterior elements", "TLICS 7", "T12", "compression deformity", "22:31"),
    ),
    (
        "us03",
        "en",
        "MRN|Patient Name|DOB|Procedure|Status|Tech\n⟦ID:88120473⟧|⟦PERSON:GARCIA-LOPEZ, ROSA M⟧|⟦DATE:02/11/1948⟧|"
        "MAMMO SCREEN BILAT TOMO|Completed|⟦PERSON:KB⟧\n⟦ID:88120519⟧|⟦PERSON:WASHINGTON, DEANDRE⟧|⟦DATE:09/30/"
        "1995⟧|XR KNEE 3V LT|In Progress|⟦PERSON:TM⟧\n⟦ID:88120522⟧|⟦PERSON:TRAN, MINH⟧|⟦DATE:12/05/1937⟧|CTA HEAD "
        "NECK|Scheduled|",
        ("MAMMO SCREEN BILAT TOMO", "XR KNEE 3V LT", "CTA HEAD NECK", "In Progress", "Scheduled", "Procedure"),
    ),
    (
        "us04",
        "en",
        "Phone note 9:40 AM: Spoke with patient's daughter, ⟦PERSON:Keisha Robinson⟧ (HIPAA release on file), "
        "at ⟦PHONE:(404) 555-0187⟧. Explained that the MRI brain shows a 1.8 cm meningioma along the falx, "
        "no edema. She asked that results also go to Dr. ⟦PERSON:Feldman⟧ at ⟦INSTITUTION:Peachtree Neurology "
        "Associates⟧, fax ⟦PHONE:404-555-0122⟧.",
        ("9:40 AM", "HIPAA release", "MRI brain", "meningioma", "falx", "1.8 cm"),
    ),
    (
        "us05",
        "en",
        "(0010,0010) PN [⟦PERSON:OCONNELL^BRIDGET^A⟧]\n(0010,0020) LO [⟦ID:E10093382⟧]\n(0010,0030) DA [⟦DATE:19"
        "321102⟧]\n(0010,1010) AS [⟦AGE:092⟧Y]\n(0008,0080) LO [⟦INSTITUTION:ST JOSEPHS IMAGING CTR⟧]\n(0008,1040) "
        "LO [IR SUITE 2]\n(0008,1030) LO [CTA CHEST PE PROTOCOL]\n(0018,1020) LO [syngo CT VA40A]",
        ("IR SUITE 2", "CTA CHEST PE PROTOCOL", "syngo CT VA40A", "(0008,1040)", "(0010,1010)"),
    ),
    (
        "us06",
        "en",
        "Dear Dr. ⟦PERSON:Yamamoto-Reyes⟧:\nThank you for referring Mr. ⟦PERSON:Tyrone Jefferson⟧, a 58-year-old "
        "man, for evaluation. His CT neck from ⟦INSTITUTION:Lakeshore Imaging of Evanston⟧ (⟦DATE:08/2024⟧) showed "
        "a 2.4 cm level IIA node; today's PET/CT shows FDG-avid disease at the base of tongue. Note: no "
        "Jefferson fracture on the prior cervical spine CT.\nSincerely,",
        ("58-year-old", "level IIA node", "PET/CT", "base of tongue", "Jefferson fracture", "cervical spine"),
    ),
    (
        "us07",
        "en",
        "Insurance: Medicare Part B, MBI ⟦ID:1EG4-TE5-MK72⟧; secondary ⟦INSTITUTION:Blue Cross Blue Shield of "
        "Illinois⟧, Member ID ⟦ID:XOF884120937⟧, Group ⟦ID:00418827⟧\nPatient: ⟦PERSON:Eleanor Whitcomb⟧, age "
        "⟦AGE:93⟧, resident of ⟦INSTITUTION:Cedar Crest Assisted Living⟧, ⟦ADDRESS:2200 N. Ridge Rd, Unit 114, "
        "Wheaton, IL 60187⟧\nPrior authorization not required for DXA.",
        ("Medicare Part B", "Member ID", "Prior authorization", "DXA", "secondary"),
    ),
    (
        "us08",
        "en",
        "TECHNIQUE: Multiplanar multisequence MRI of the right knee on a GE SIGNA Premier 3T without contrast. "
        "COMPARISON: Radiographs ⟦DATE:2/14/2025⟧ at ⟦INSTITUTION:Northside Ortho & Spine⟧.\nFINDINGS: Complex "
        "tear of the posterior horn medial meniscus. Segond fracture with ACL rupture. Pellegrini-Stieda "
        "calcification.\nElectronically signed by ⟦PERSON:Aaron Lindqvist⟧, DO on ⟦DATE:2/16/2025⟧ 7:58 PM",
        ("SIGNA Premier 3T", "posterior horn", "Segond fracture", "ACL rupture", "Pellegrini-Stieda", "7:58 PM"),
    ),
    (
        "us09",
        "en",
        "Tumor Board – Thoracic Oncology, Tuesday, ⟦DATE:April 8⟧\nCase 2: ⟦PERSON:Vargas, Luis⟧ (MRN "
        "⟦ID:3318204⟧), 67M, presented by Dr. ⟦PERSON:Chen⟧. Stage IVA adenocarcinoma (AJCC 8th edition), "
        "EGFR exon 19 deletion. Brain MRI negative. CT: 3.1 cm RUL mass with ipsilateral pleural effusion. "
        "Plan: osimertinib; restage in 8 weeks.",
        (
            "Thoracic Oncology",
            "AJCC 8th edition",
            "67M",
            "adenocarcinoma",
            "EGFR exon 19",
            "RUL mass",
            "osimertinib",
            "8 weeks",
        ),
    ),
    (
        "us10",
        "en",
        "Radiology Scheduling\n⟦INSTITUTION:Kaiser Permanente Riverside⟧ – ⟦ADDRESS:10800 Magnolia Ave, "
        "Riverside, CA 92505⟧\nHi ⟦PERSON:Guadalupe⟧, your ultrasound (pelvis, transvaginal) is scheduled for "
        "Friday, ⟦DATE:May 2, 2025⟧ at 3:15 PM. Drink 32 oz of water 1 hour before. To reschedule call "
        "⟦PHONE:951-555-0164⟧, option 2, or visit ⟦URL:https://mydoctor.kp-riverside.example.org/appt⟧.",
        ("Radiology Scheduling", "transvaginal", "3:15 PM", "32 oz", "1 hour", "option 2"),
    ),
    (
        "us11",
        "en",
        "HISTORY: 34-year-old female, 22 weeks pregnant, RUQ pain. Per her husband ⟦PERSON:Darnell⟧, symptoms "
        "began on ⟦DATE:October 3rd⟧. Outside US at ⟦INSTITUTION:Women's Care of Tulsa⟧ was indeterminate.\n"
        "MRI abdomen without contrast: Acute appendicitis with a 9 mm appendix displaced superiorly by the "
        "gravid uterus. HASTE and TRUFI images 12-18.",
        ("34-year-old", "22 weeks pregnant", "Acute appendicitis", "gravid uterus", "HASTE", "TRUFI", "images 12-18"),
    ),
    (
        "us12",
        "en",
        "---\n⟦PERSON:Stephanie Kowalski-Harris⟧, RT(R)(CT)\nCT Lead Technologist | ⟦INSTITUTION:UPMC Shadyside⟧\n"
        "⟦ADDRESS:5230 Centre Ave, Pittsburgh, PA 15232⟧\nP: ⟦PHONE:412-623-2000⟧ x⟦PHONE:4471⟧ | "
        "⟦EMAIL:kowalskiharriss@upmc.edu⟧\nCONFIDENTIALITY NOTICE: This message may contain protected health "
        "information.",
        ("CT Lead Technologist", "CONFIDENTIALITY NOTICE", "protected health", "RT(R)(CT)"),
    ),
    (
        "us13",
        "en",
        "ADDENDUM: After review with the referring pulmonologist, Dr. ⟦PERSON:Abimbola Ogundipe⟧, the 7 mm "
        "ground-glass nodule (series 4, image 87) is Lung-RADS 2 rather than 3. Recommend annual LDCT in "
        "12 months. Prior study on CD from ⟦INSTITUTION:Baptist Health Paducah⟧ (⟦DATE:Nov 2023⟧) "
        "reviewed.\nAddendum by ⟦PERSON:M. Haddad⟧, MD ⟦DATE:04/30/2025⟧ 10:12",
        ("pulmonologist", "ground-glass nodule", "series 4, image 87", "Lung-RADS 2", "annual LDCT", "10:12"),
    ),
    (
        "us14",
        "en",
        "PATIENT: ⟦PERSON:Hollis, Grace⟧ | VA ICN ⟦ID:1012847735V441902⟧ | SSN ⟦ID:XXX-XX-6619⟧\nLocation: "
        "⟦INSTITUTION:Oak Ridge CBOC⟧ (referral) → ⟦INSTITUTION:James H. Quillen VAMC⟧\nXR bilateral hands: "
        "erosive changes at the 2nd and 3rd MCP joints, ulnar deviation; consistent with rheumatoid arthritis. "
        "No Milwaukee shoulder. Age ⟦AGE:101⟧.",
        ("XR bilateral hands", "MCP joints", "ulnar deviation", "rheumatoid arthritis", "Milwaukee shoulder"),
    ),
    (
        "us15",
        "en",
        "Pediatric ED note: ⟦PERSON:Jayden Brooks-Whitaker⟧, 6 y/o, brought in by grandmother ⟦PERSON:Loretta "
        "Brooks⟧ (legal guardian, ⟦PHONE:555-0139⟧). XR elbow: supracondylar fracture Gartland type II, "
        "anterior humeral line anterior to capitellum. Posterior fat pad sign present. Ortho consult, "
        "Dr. ⟦PERSON:Sørensen⟧, pager ⟦PHONE:3302⟧.",
        (
            "6 y/o",
            "legal guardian",
            "supracondylar fracture",
            "Gartland type II",
            "capitellum",
            "Posterior fat pad sign",
        ),
    ),
    (
        "us16",
        "en",
        "cc: ⟦PERSON:Rebecca Stein⟧, NP – ⟦INSTITUTION:Harbor Family Health⟧, ⟦ADDRESS:77 Water St, New Bedford, MA "
        "02740⟧\n    Dr. ⟦PERSON:Vikram Raman⟧ – Interventional Radiology\nFINAL REPORT – US-guided thyroid FNA, "
        "right lobe 2.2 cm TR4 nodule, 4 passes with 25G needle. Specimen to cytology for Bethesda "
        "classification. No complications.",
        ("Interventional Radiology", "US-guided thyroid FNA", "TR4 nodule", "25G needle", "Bethesda"),
    ),
    (
        "us17",
        "en",
        "Encounter ⟦ID:ENC-7718-22045⟧ | Admit ⟦DATE:2025-01-19⟧ | ⟦PERSON:Abdirahman Warsame⟧ | Room 512-B\n"
        "CT head w/o: No acute intracranial hemorrhage. Chronic lacunar infarct in the left basal ganglia. "
        "Small vessel ischemic disease. Parkinson's noted clinically. Mastoid air cells clear.\nReferring: "
        "Dr. ⟦PERSON:L. Addison⟧ (Neurology)",
        (
            "Room 512-B",
            "lacunar infarct",
            "basal ganglia",
            "Small vessel ischemic disease",
            "Parkinson's",
            "Mastoid air cells",
        ),
    ),
    (
        "us18",
        "en",
        "Please forward to Mrs. ⟦PERSON:Dolores Sandoval⟧'s PCP, ⟦INSTITUTION:Desert Sage Primary Care⟧, "
        "⟦ADDRESS:4410 E. Camelback Rd, Phoenix⟧, tel ⟦PHONE:602.555.0178⟧ ext. ⟦PHONE:219⟧. Findings: "
        "DEXA T-score -2.8 at the femoral neck, osteoporosis; FRAX 10-year hip fracture risk 4.1%. Prior DEXA "
        "at ⟦INSTITUTION:SimonMed⟧ on ⟦DATE:11-Jun-2022⟧.",
        ("T-score -2.8", "femoral neck", "osteoporosis", "FRAX", "hip fracture risk"),
    ),
    (
        "us19",
        "en",
        "Results portal message to ⟦EMAIL:tnguyen.family@gmail.com⟧ from ⟦URL:portal.stlukes-boise.org⟧\n"
        "Dear ⟦PERSON:Thanh Nguyen⟧, your chest X-ray from ⟦DATE:May 12⟧ is normal: no pneumonia, heart size "
        "normal. Dr. ⟦PERSON:Olsen⟧ will discuss at your visit. Lyme disease serology is pending separately.\n"
        "⟦INSTITUTION:St. Luke's Boise Medical Center⟧",
        ("Results portal", "chest X-ray", "no pneumonia", "heart size", "Lyme disease"),
    ),
)

_RAW = (*_DE, *_AT, *_CH, *_UK, *_US)

EXCERPTS = build_excerpts(_RAW)
