"""Held-out 21: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15
to 20, held-out 9's `build_excerpts` / `country` and held-out 8's `Excerpt` / `strip_markup`
sources, the LABELS / COUNTRIES tuples, held-out 15's module names and language codes (no texts),
and the runners and floor test of held-outs 8, 9, 11 and 15). 75 excerpts, 15 each from DE, AT,
CH (7 German, 4 French, 4 Italian), UK and US, written as sites earlier sets leaned on less would
write them: private radiology practices and imaging institutes, university hospitals, small
district and regional hospitals, rehabilitation clinics and spinal units, occupational-medicine,
accident-insurance, disability, medico-legal and workers' compensation assessments, dental
(DVT / CBCT / cephalometry), ENT and ophthalmology imaging referrals, care homes. Shapes: RIS/HIS
headers, DICOM header dumps (tag-number, keyword and VR forms), worklists and CSV/TSV/pipe and
billing exports, referral, discharge, transfer and appointment letters, findings with
outside-study mentions, phone notes and handovers, tumour boards with attendance lists, addenda,
signatures, cc lists, e-mails and their footers, insurance and prior-authorisation lines; with
layout noise (OCR letter O for zero, line-broken addresses, all-capitals and all-lower-case lines,
missing punctuation). PHI in national forms (persons of many origins with and without titles or
labels, "Surname, Firstname", surname-first without comma, capitalised surnames, DICOM PN,
first names alone, logins, relatives, carers, deputies, social workers, staff, outside doctors,
surnames that are also eponyms or words: Abernethy, Frost, Moss, Oakes, Brooks, Hollander;
facilities with and without keywords, acronyms (ZZM, KSSG, PVE), short forms, practices, care
homes, imaging centres, employers; address blocks, inline addresses, town-only residences; phones,
faxes, mobiles, extensions (DW, App., int., ext., x), bleeps; IDs of many kinds: practice and
case numbers, accession, SVNR, AHV, CHI, NHS, staff, claim, member, group, NPI, VA ICN, SSN last
four, Medicare MBI, prior-authorisation and solicitor references, DVR and device serial numbers;
dates in numeric, DICOM, ISO, OCR-damaged, partial and written forms in four languages; e-mails;
URLs; ages over 89). Keep-terms about as many as the PHI spans and as hard: eponyms that are
also surnames (Herbert, Garden, Gruen, Steiner, Baccetti, Modic, Pfirrmann, Goutallier, Sugaya,
Fleischner, Knosp, Keros, Murphy, Parkinson, Dukes, Stafne, Genant, Koos, Waddell, Tarlov,
Alvarado, Anderson-D'Alonzo, Hansen-Stock, Schizas, Meyerding, Kellgren-Lawrence, Prussak,
Lund-Mackay, McDonald, Hertel, Whipple, Evans, Barthel, Wells), place-named criteria and exposures
(NASCET, Quebec Task Force, Agent Orange, Korea), anatomy, drugs, devices, scanners, sequences,
scores and classifications, capitalised German nouns, ward and department words, clock times,
image references, dental tooth numbers, vertebral levels, young ages, bare years, DICOM attribute
names and values, ICD-10 and CPT codes, and the clinical shorthand "3/52".

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ages under 90, bare years and generic department names outside the
spans; for ages over 89 only the number, for extensions only the digits; a town named as a
residence or address is ADDRESS, a town inside or directly naming a facility is part of the
INSTITUTION; payer / insurer names are neither PHI nor keep-terms, their member numbers are ID;
an employer's name is INSTITUTION; in DICOM PN values name prefixes and suffixes after ^^ are
outside the span).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import Excerpt, build_excerpts

_RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # ---------------------------------------------------------------- DE
    (
        "de01",
        "de",
        "⟦INSTITUTION:Radiologie am Schlossgarten⟧ | DVT-Auftrag\n"
        "Pat.: ⟦PERSON:Wiesenthal, Jolanta⟧  geb. ⟦DATE:17.03.1971⟧  Pat-Nr ⟦ID:P-0048813⟧\n"
        "Überweiser: Zahnarztpraxis Dr. med. dent. ⟦PERSON:Chidi Okonkwo⟧, ⟦ADDRESS:Lindenallee 4, 64283 Darmstadt⟧"
        " Tel ⟦PHONE:06151 3307-12⟧\n"
        "Fragestellung: retinierter Zahn 38, Lagebeziehung zum Canalis mandibularis? DVT Planmeca ProMax 3D, FOV 8x8 "
        "cm.\n"
        "Befund: Zahn 38 horizontal verlagert, Wurzelspitzen in Projektion auf den Nervkanal (Bild 112-118). "
        "Kieferhöhle rechts mit polypoider Schleimhautschwellung.",
        ("Canalis mandibularis", "Planmeca ProMax 3D", "Bild 112-118", "Kieferhöhle", "Zahn 38", "Überweiser"),
    ),
    (
        "de02",
        "de",
        "⟦INSTITUTION:Universitätsmedizin Greifswald⟧, Institut für Diagnostische Radiologie\n"
        "Sehr geehrte Frau Kollegin ⟦PERSON:Braunschweiger⟧,\n"
        "wir berichten über Ihren Patienten Herrn ⟦PERSON:Emre Yıldırım⟧, 58 J., stationär vom ⟦DATE:2. Mai⟧ bis "
        "⟦DATE:9. Mai 2025⟧. Verlegung in die ⟦INSTITUTION:Reha-Klinik Seeblick Zinnowitz⟧ am ⟦DATE:10.05.25⟧.\n"
        "CT-Thorax: Lungenarterienembolie beidseits segmental, RV/LV-Quotient 0,8. Wells-Score 4,5. "
        "Therapie mit Apixaban, Kontrolle in 3 Monaten.",
        (
            "Institut für Diagnostische Radiologie",
            "58 J.",
            "Lungenarterienembolie",
            "RV/LV-Quotient",
            "Wells-Score",
            "Apixaban",
        ),
    ),
    (
        "de03",
        "de",
        "Zusammenhangsgutachten – radiologischer Teil\n"
        "Az. ⟦ID:4 17 22 / 55319-K⟧\n"
        "Versicherter: ⟦PERSON:Kowalczyk, Dariusz⟧, *⟦DATE:30.11.1966⟧, wh. ⟦ADDRESS:Hafenstr. 19a\n47119 Duisburg⟧\n"
        "Unfalltag: ⟦DATE:14.01.2025⟧, Arbeitsunfall (Sturz von Leiter)\n"
        "MRT re. Schulter 3 T (Siemens MAGNETOM Vida): transmurale Ruptur der Supraspinatussehne, Retraktion Patte II, "
        "Goutallier 1. Os acromiale. Keine Hill-Sachs-Läsion.\n"
        "D-Arzt: Dr. ⟦PERSON:Henrik Vollmers⟧",
        (
            "Siemens MAGNETOM Vida",
            "Supraspinatussehne",
            "Patte II",
            "Goutallier 1",
            "Os acromiale",
            "Hill-Sachs-Läsion",
            "Arbeitsunfall",
        ),
    ),
    (
        "de04",
        "de",
        "KKH ⟦INSTITUTION:Kreiskrankenhaus Wolgast⟧ – Arbeitsliste Radiologie\n"
        "Termin;Zeit;Name;Vorname;GebDat;Modalität;Untersuchung;Zuweiser\n"
        "⟦DATE:03.06.2025⟧;07:30;⟦PERSON:Hoffmann⟧;⟦PERSON:Gisela⟧;⟦DATE:12.08.1949⟧;CT;CT Abdomen KM;Dr. "
        "⟦PERSON:Lüttgens⟧\n"
        "⟦DATE:03.06.2025⟧;08:15;⟦PERSON:Nguyen Thi⟧;⟦PERSON:Lan⟧;⟦DATE:05.02.1988⟧;MR;MRT LWS nativ;Notaufnahme\n"
        "⟦DATE:03.06.2025⟧;09:00;⟦PERSON:Brandauer⟧;⟦PERSON:Konstantin⟧;⟦DATE:21.10.1932⟧;RÖ;Thorax 2 Eb.;Station 4B",
        (
            "07:30",
            "CT Abdomen KM",
            "08:15",
            "MRT LWS nativ",
            "Notaufnahme",
            "Thorax 2 Eb.",
            "Station 4B",
            "Arbeitsliste Radiologie",
        ),
    ),
    (
        "de05",
        "de",
        "⟦INSTITUTION:HNO-Zentrum Ebertplatz⟧ – Dr. ⟦PERSON:Saskia Ebersbach-Nolte⟧\n"
        "Überweisung zur CT NNH / Felsenbein\n"
        "Pat. ⟦PERSON:Aurelio Santangelo⟧, 34 J, Tel mobil ⟦PHONE:0176 / 22 84 19 03⟧\n"
        "Klinik: rez. Sinusitis seit ⟦DATE:Okt. 2024⟧, V. a. Cholesteatom li, Z.n. Tympanoplastik 2019\n"
        "CT Felsenbein (0,4 mm): Weichteilgewebe im Prussak-Raum mit Arrosion des Scutum, keine Dehiszenz des "
        "Tegmen tympani. NNH: Lund-Mackay-Score 9.",
        ("34 J", "Cholesteatom", "2019", "Prussak-Raum", "Scutum", "Tegmen tympani", "Lund-Mackay-Score"),
    ),
    (
        "de06",
        "de",
        "Von: ⟦EMAIL:s.morgenroth@augenzentrum-ruhr.de⟧\n"
        "An: Radiologie Anmeldung\n"
        "Betreff: MRT Orbita – ⟦PERSON:Piątek, Marianna⟧ (⟦DATE:1959-04-22⟧)\n"
        "Liebe Kollegen, bitte MRT Orbitae mit fettgesättigter T1 KM und DWI bei V.a. endokrine Orbitopathie "
        "(CAS 5/7), Visus re. 0,4, TSH-Rezeptor-AK positiv. Rückruf gerne unter ⟦PHONE:0234 9581-230⟧.\n"
        "MfG ⟦PERSON:Sven Morgenroth⟧, Oberarzt\n"
        "⟦INSTITUTION:Augenzentrum Ruhr⟧ | ⟦URL:www.augenzentrum-ruhr.de⟧",
        ("Radiologie Anmeldung", "Orbitae", "DWI", "endokrine Orbitopathie", "CAS 5/7", "TSH-Rezeptor-AK", "Oberarzt"),
    ),
    (
        "de07",
        "de",
        "⟦INSTITUTION:Klinik Hellweg⟧ Fachklinik für Orthopädie u. Neurologie\n"
        "⟦ADDRESS:Kurallee 7 · 59505 Bad Sassendorf⟧\n"
        "Rehabilitand: Hr. ⟦PERSON:Gerlach, Werner⟧, ⟦AGE:91⟧ J.\n"
        "Ansprechpartnerin: Tochter ⟦PERSON:Ilka Gerlach-Maaß⟧ Tel. ⟦PHONE:02921 66 0 47⟧\n"
        "Röntgen Becken/Hüfte li: Z.n. Duokopf-Prothese bei Schenkelhalsfraktur (Garden IV), regelrechter Sitz, keine "
        "Lockerungssäume in den Zonen nach Gruen. Mobilisation mit Rollator, Barthel-Index 55 → 80.",
        (
            "Fachklinik für Orthopädie u. Neurologie",
            "Duokopf-Prothese",
            "Schenkelhalsfraktur",
            "Garden IV",
            "Gruen",
            "Rollator",
            "Barthel-Index",
        ),
    ),
    (
        "de08",
        "de",
        "(0008,0080) InstitutionName         LO [⟦INSTITUTION:MVZ Radiologie Nordheide⟧]\n"
        "(0008,0090) ReferringPhysicianName  PN [⟦PERSON:Thießen^Okke⟧^^Dr.]\n"
        "(0010,0010) PatientName             PN [⟦PERSON:Abramowicz^Halina⟧]\n"
        "(0010,0020) PatientID               LO [⟦ID:ND00731942⟧]\n"
        "(0010,0030) PatientBirthDate        DA [⟦DATE:19440816⟧]\n"
        "(0008,0020) StudyDate               DA [⟦DATE:20250227⟧]\n"
        "(0008,1030) StudyDescription        LO [MR Knie re nativ]\n"
        "(0008,1090) ManufacturerModelName   LO [Achieva dStream]\n"
        "(0018,1030) ProtocolName            LO [PD_FS_cor]",
        (
            "InstitutionName",
            "ReferringPhysicianName",
            "MR Knie re nativ",
            "Achieva dStream",
            "PD_FS_cor",
            "PatientBirthDate",
        ),
    ),
    (
        "de09",
        "de",
        "Interdisziplinäre Tumorkonferenz Thorax – Mi., ⟦DATE:14. Mai 2025⟧, 15:30 Uhr, Raum U1.204\n"
        "Pat.: ⟦PERSON:Reinholdt, Bärbel⟧ (Fall-Nr. ⟦ID:2025-118834⟧)\n"
        "PET/CT (Biograph Vision): FDG-avider Rundherd re. OL 2,3 cm, SUVmax 11, mediastinale LK 4R positiv → cT1c N2 "
        "M0, "
        "UICC IIIA. Empfehlung: EBUS-TBNA.\n"
        "Verteiler: Prof. Dr. ⟦PERSON:Kaltenbrunner⟧ (Pneumologie), PD Dr. ⟦PERSON:A. Ferreira-Lindqvist⟧ "
        "(Thoraxchirurgie), Hausarzt ⟦PERSON:Matthias Uhle⟧, ⟦ADDRESS:Weißenfels⟧",
        (
            "Tumorkonferenz",
            "15:30 Uhr",
            "Biograph Vision",
            "SUVmax",
            "4R",
            "UICC IIIA",
            "EBUS-TBNA",
            "Pneumologie",
            "Thoraxchirurgie",
        ),
    ),
    (
        "de10",
        "de",
        "Telefonnotiz Fr ⟦DATE:21/3⟧ 11:05 – kritischer Befund mitgeteilt\n"
        "an: Stationsarzt ⟦PERSON:Lukas Brzezinski⟧, ITS 2, Piepser ⟦PHONE:5517⟧\n"
        "Pat ⟦PERSON:Ahrens-Kühl⟧: CT Schädel: akutes Subduralhämatom li fronto-parietal 9 mm, Mittellinienverlagerung "
        "4 mm. Neurochirurgie (Dr ⟦PERSON:Osei⟧) informiert, Rückruf über Zentrale ⟦PHONE:0391 67-0⟧ Durchwahl "
        "⟦PHONE:15322⟧\n"
        "gez. ⟦PERSON:K. Bräutigam⟧",
        (
            "Telefonnotiz",
            "11:05",
            "ITS 2",
            "CT Schädel",
            "Subduralhämatom",
            "Mittellinienverlagerung",
            "Neurochirurgie",
        ),
    ),
    (
        "de11",
        "de",
        "GUTACHTEN zur Berufsunfähigkeit\n"
        "Versicherungsnehmer: ⟦PERSON:Tobias Rieckhoff⟧ Vers.-Nr. ⟦ID:BU-7713-204-9⟧\n"
        "Aktenzeichen ⟦ID:LV 55/0198/22⟧, Untersuchung am ⟦DATE:O8.O4.2025⟧\n"
        "Röntgen HWS in 4 Ebenen und Funktionsaufnahmen: Osteochondrose C5/6 u C6/7, Uncovertebralarthrose, keine "
        "segmentale Instabilität. Spinalkanal in der MRT (Fremdaufnahme ⟦INSTITUTION:Radiologie Ahrweiler⟧, "
        "⟦DATE:Jan. 2025⟧) nicht eingeengt. Pat. ist Dachdecker, 47 J.",
        (
            "Funktionsaufnahmen",
            "Osteochondrose",
            "C5/6",
            "C6/7",
            "Uncovertebralarthrose",
            "Spinalkanal",
            "Dachdecker",
            "47 J.",
        ),
    ),
    (
        "de12",
        "de",
        "NACHTRAG vom ⟦DATE:06.02.2025⟧ 16:42 zum Befund ⟦ID:A25-0061177⟧\n"
        "Nach Rücksprache mit Fr. Dr. ⟦PERSON:Gündoğdu⟧ (Gefäßchirurgie): Die Stenose der A. carotis interna li "
        "beträgt "
        "nach NASCET 70 %, nicht 50 %. Plaque hypoechogen.\n"
        "--\n"
        "Dr. med. ⟦PERSON:Johanna Wulfsberg⟧ | Fachärztin für Radiologie\n"
        "⟦INSTITUTION:Evangelisches Krankenhaus Bethanien⟧ gGmbH\n"
        "⟦ADDRESS:Bremer Str. 88, 21073 Hamburg⟧\n"
        "T ⟦PHONE:+49 40 7921-5540⟧ | ⟦EMAIL:johanna.wulfsberg@ekb-hh.de⟧",
        (
            "16:42",
            "Gefäßchirurgie",
            "A. carotis interna",
            "NASCET",
            "hypoechogen",
            "Fachärztin für Radiologie",
            "gGmbH",
        ),
    ),
    (
        "de13",
        "de",
        "TRANSPORTSCHEIN / Röntgen Thorax liegend\n"
        "von: ⟦INSTITUTION:Seniorenstift St. Hedwig⟧ Wohnbereich 2\n"
        "Bewohnerin ⟦PERSON:ERNA PIETSCHMANN⟧ geb ⟦DATE:3.7.1930⟧, ⟦AGE:94⟧ J\n"
        "Betreuer: RA ⟦PERSON:Knut Sauerbier⟧ ⟦PHONE:0355 4 86 22 91⟧\n"
        "Befund: Infiltrat re Unterfeld, Randwinkelerguss re, Herz normal groß. Port-Katheter li, Spitze cavoatrial. "
        "Kein Pneumothorax.",
        (
            "Röntgen Thorax liegend",
            "Wohnbereich 2",
            "Unterfeld",
            "Randwinkelerguss",
            "Port-Katheter",
            "cavoatrial",
            "Pneumothorax",
        ),
    ),
    (
        "de14",
        "de",
        "ACC|PID|Name|Untersuchung|Befunddatum\n"
        "⟦ID:RA25-004417⟧|⟦ID:100883120⟧|⟦PERSON:Demir, Kübra⟧|MRT Mamma bds.|⟦DATE:2025-03-11⟧\n"
        "Befund: Vgl. Voruntersuchung ⟦INSTITUTION:Mammographie-Screening-Einheit Ostwestfalen⟧ vom ⟦DATE:09/2024⟧: "
        "BI-RADS 4 Herd li. oben außen 11 mm, Typ-III-Kurve, ACR C. Biopsie empfohlen (MR-gestützt, Vakuum).",
        ("Befunddatum", "MRT Mamma bds.", "BI-RADS 4", "Typ-III-Kurve", "ACR C", "Vakuum"),
    ),
    (
        "de15",
        "de",
        "⟦INSTITUTION:Radiologisches Zentrum Passau-Ilzstadt⟧\n"
        "⟦ADDRESS:Innstraße 2\n94032 Passau⟧\n\n"
        "Herrn\n⟦PERSON:Florian Aigner-Weiß⟧\n⟦ADDRESS:Am Mühlbach 11\n94051 Hauzenberg⟧\n\n"
        "Ihr Termin: Montag, den ⟦DATE:7. Juli 2025⟧ um 8:40 Uhr, MRT Kopf. Bitte Implantat-Ausweis "
        "(Herzschrittmacher?) mitbringen. Absage bis 24 h vorher unter ⟦PHONE:0851 95 66 10⟧.",
        ("8:40 Uhr", "MRT Kopf", "Implantat-Ausweis", "Herzschrittmacher", "24 h"),
    ),
    # ---------------------------------------------------------------- AT
    (
        "at01",
        "de",
        "⟦INSTITUTION:Diagnosezentrum Urania⟧ – ⟦ADDRESS:1010 Wien, Uraniastr. 1⟧\n"
        "Zuweisung: Dr. ⟦PERSON:Walpurga Stöckl-Hinterberger⟧, Ärztin für Allgemeinmedizin\n"
        "Pat.: ⟦PERSON:Mirza Hadžić⟧, SVNR ⟦ID:4417 120581⟧\n"
        "Untersuchung vom ⟦DATE:22.04.2025⟧: Sonographie Schilddrüse: Knoten re. Lappen 14 mm, TI-RADS 4, "
        "Halslymphknoten unauffällig. Feinnadelpunktion empfohlen.",
        (
            "Ärztin für Allgemeinmedizin",
            "Sonographie",
            "Schilddrüse",
            "TI-RADS 4",
            "Halslymphknoten",
            "Feinnadelpunktion",
        ),
    ),
    (
        "at02",
        "de",
        "⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧, Univ.-Klinik für Radiologie, Klin. Abt. für Neuroradiologie\n"
        "Patientin ⟦PERSON:Resi Kogler⟧, ⟦AGE:93⟧a, aufgenommen am ⟦DATE:3.März 2025⟧\n"
        "MR Neurokranium: frischer Infarkt im Stromgebiet der A. cerebri media li (DWI/ADC), ASPECTS 8. "
        "Leukenzephalopathie Fazekas 2.\n"
        "Befundet: OA Dr. ⟦PERSON:Ferdinand Pichlmayr⟧ / Assistenzärztin Dr. ⟦PERSON:Nilufar Rahimi⟧",
        (
            "Univ.-Klinik für Radiologie",
            "Klin. Abt. für Neuroradiologie",
            "Neurokranium",
            "A. cerebri media",
            "DWI/ADC",
            "ASPECTS 8",
            "Fazekas 2",
        ),
    ),
    (
        "at03",
        "de",
        "⟦INSTITUTION:AUVA-Unfallkrankenhaus Klagenfurt⟧ – Ambulanz\n"
        "Arbeitsunfall ⟦DATE:11.02.25⟧ 06:50, Dienstgeber: ⟦INSTITUTION:Holzbau Tschernitz GmbH⟧\n"
        "Verletzter: ⟦PERSON:Jovanović Stefan⟧, SVNR ⟦ID:2291 030794⟧\n"
        "CT Handgelenk re: Skaphoidfraktur mittleres Drittel (Herbert B2), keine Dislokation. Os lunatum regelrecht, "
        "SL-Abstand 2 mm. Ruhigstellung im Scaphoid-Gips.",
        ("Ambulanz", "06:50", "Skaphoidfraktur", "Herbert B2", "Os lunatum", "SL-Abstand", "Scaphoid-Gips"),
    ),
    (
        "at04",
        "de",
        "Reha-Aufnahme ⟦DATE:14/01/2025⟧ | ⟦INSTITUTION:Reha-Klinik Montafon⟧\n"
        "Patient ⟦PERSON:Gottfried Maurberger⟧, 72 a, wh. ⟦ADDRESS:6780 Schruns, Gantschierstraße 4⟧\n"
        "Kontaktperson: Gattin ⟦PERSON:Hermine⟧ ⟦PHONE:0664 451 22 87⟧\n"
        "Mitgebrachte CD ⟦INSTITUTION:LKH Feldkirch⟧: MRT LWS ⟦DATE:Dez. 2024⟧ – Spinalkanalstenose L4/L5 (Schizas C), "
        "Spondylolisthese Meyerding I. Z.n. Dekompression. Physio ab morgen.",
        ("72 a", "Spinalkanalstenose", "L4/L5", "Schizas C", "Meyerding I", "Dekompression", "Physio"),
    ),
    (
        "at05",
        "de",
        "⟦INSTITUTION:Klinik Ottakring⟧ Zentralröntgen – Arbeitsliste\n"
        "Datum\tUhrzeit\tPatient\tGebDat\tSVNR\tLeistung\tStation\n"
        "⟦DATE:05.05.2025⟧\t10:20\t⟦PERSON:KRENN Leopoldine⟧\t⟦DATE:01.09.1937⟧\t⟦ID:3318 010937⟧\tCT Thorax "
        "nativ\t3. Med\n"
        "⟦DATE:05.05.2025⟧\t10:40\t⟦PERSON:ÖZTÜRK Cem⟧\t⟦DATE:17.12.1990⟧\t⟦ID:8120 171290⟧\tMR Abdomen MRCP\tChir B",
        ("Zentralröntgen", "10:20", "CT Thorax nativ", "3. Med", "10:40", "MR Abdomen MRCP", "Chir B"),
    ),
    (
        "at06",
        "de",
        "⟦INSTITUTION:Zahnambulatorium Linz-Urfahr⟧ – Kieferorthopädie Dr. ⟦PERSON:Ilse Strobl⟧\n"
        "Fernröntgenseitenbild (FRS) und OPG vom ⟦DATE:28. Feb. 2025⟧\n"
        "Pat.: ⟦PERSON:Elias Nowak⟧, 11 Jahre, Mutter ⟦PERSON:Zuzana Nowaková⟧\n"
        "Analyse nach Steiner: SNA 84°, SNB 77°, ANB 7° – skelettale Klasse II. Anlagen 18, 28, 38, 48 vorhanden, "
        "Zahn 13 retiniert palatinal. Halswirbelreife CS3 nach Baccetti.",
        (
            "Fernröntgenseitenbild",
            "OPG",
            "11 Jahre",
            "Steiner",
            "SNA 84°",
            "skelettale Klasse II",
            "Zahn 13",
            "Baccetti",
        ),
    ),
    (
        "at07",
        "de",
        "Ärztliches Gutachten – Antrag auf Berufsunfähigkeitspension\n"
        "Antragstellerin: ⟦PERSON:Adelheid Grubmüller⟧, VSNR ⟦ID:1056 240368⟧\n"
        "Röntgen beider Kniegelenke stehend vom ⟦DATE:19.3.25⟧: Gonarthrose Kellgren-Lawrence 3 medial bds., "
        "Varusfehlstellung. Vorbefund ⟦INSTITUTION:Radiologie Zell am See⟧ 2021: KL 2.\n"
        "Gutachter: Dr. ⟦PERSON:Reinhard Schwaighofer⟧, FA f. Orthopädie, ⟦ADDRESS:Ignaz-Harrer-Str. 17/3, 5020 "
        "Salzburg⟧",
        ("Gonarthrose", "Kellgren-Lawrence 3", "Varusfehlstellung", "2021", "KL 2", "FA f. Orthopädie"),
    ),
    (
        "at08",
        "de",
        "PatientName = ⟦PERSON:Lechner^Theresia^Maria⟧\n"
        "PatientID = ⟦ID:KHEL-0092217⟧\n"
        "OtherPatientIDs = ⟦ID:1999 120652⟧\n"
        "PatientAge = 072Y\n"
        "InstitutionName = ⟦INSTITUTION:KH Elisabethinen Linz⟧\n"
        "InstitutionAddress = ⟦ADDRESS:Fadingerstr. 1, 4020 Linz⟧\n"
        "StationName = CT02_SOMATOM\n"
        "StudyDate = ⟦DATE:20250118⟧\n"
        "PerformingPhysicianName = ⟦PERSON:Hauer^Benedikt⟧\n"
        "BodyPartExamined = CHEST\n"
        "ConvolutionKernel = Br40d",
        ("072Y", "CT02_SOMATOM", "BodyPartExamined", "CHEST", "ConvolutionKernel", "Br40d"),
    ),
    (
        "at09",
        "de",
        "Tumorboard Gynäkologie, Dienstag, ⟦DATE:8.4.2025⟧\n"
        "OÄ Dr. ⟦PERSON:Oberleitner-Fux⟧ präsentiert: ⟦PERSON:Kathrin Wimmer⟧, 44a, Zervixkarzinom. MRT Becken "
        "(T2 sag, DWI b1000): Tumor 3,8 cm, Parametrieninfiltration li → FIGO IIB. Iliakale LK suspekt.\n"
        "Empf.: primäre Radiochemotherapie (Cisplatin weekly) an der ⟦INSTITUTION:Univ.-Klinik Innsbruck⟧.\n"
        "cc: Dr. ⟦PERSON:Tamás Horváth⟧ (Strahlentherapie), Hausärztin Mag. ⟦PERSON:Verena Pfurtscheller⟧",
        (
            "Tumorboard Gynäkologie",
            "44a",
            "Zervixkarzinom",
            "T2 sag",
            "b1000",
            "FIGO IIB",
            "Cisplatin",
            "Strahlentherapie",
        ),
    ),
    (
        "at10",
        "de",
        "Betreff: Befund MR-Arthrographie Schulter (Gadolinium intraartikulär) – Labrumläsion SLAP II\n"
        "Mit freundlichen Grüßen\n"
        "Dr.in ⟦PERSON:Magdalena Haidinger⟧\nFachärztin f. Radiologie\n"
        "⟦INSTITUTION:Röntgen Hietzing⟧ – Kassen & privat\n"
        "⟦ADDRESS:Hietzinger Hauptstr. 40\n1130 Wien⟧\n"
        "Tel.: ⟦PHONE:01/877 32 65⟧ DW ⟦PHONE:14⟧ · Fax ⟦PHONE:01/877 32 65-9⟧\n"
        "⟦EMAIL:ordination@roentgen-hietzing.at⟧ · DVR ⟦ID:0784311⟧\n"
        "Diese E-Mail kann vertrauliche Informationen enthalten.",
        (
            "MR-Arthrographie",
            "Gadolinium",
            "SLAP II",
            "Mit freundlichen Grüßen",
            "Fachärztin f. Radiologie",
            "Kassen & privat",
            "vertrauliche Informationen",
        ),
    ),
    (
        "at11",
        "de",
        "CT ABDOMEN BIPHASISCH\n"
        "Klinik Z n Whipple-OP ⟦DATE:O7/2023⟧ bei Pankreaskopf-Ca\n"
        "Vergleich mit Voruntersuchung auswärts (⟦INSTITUTION:KH Barmherzige Brüder St. Veit⟧ vom ⟦DATE:2.12.24⟧) "
        "keine neue Raumforderung im Operationsgebiet Hepaticojejunostomie zart Aerobilie bekannt Leber frei "
        "CA 19-9 lt. OA ⟦PERSON:Koschat⟧ rückläufig\n"
        "Pat ⟦PERSON:Brigitte Sternad⟧ ⟦ID:KBB-25-33019⟧",
        (
            "CT ABDOMEN BIPHASISCH",
            "Whipple-OP",
            "Pankreaskopf-Ca",
            "Operationsgebiet",
            "Hepaticojejunostomie",
            "Aerobilie",
            "CA 19-9",
        ),
    ),
    (
        "at12",
        "de",
        "⟦INSTITUTION:Landeskrankenhaus Bregenz⟧ – Institut für Radiologie\n"
        "⟦ADDRESS:Carl-Pedenz-Straße 2, 6900 Bregenz⟧\n\n"
        "Frau\n⟦PERSON:Anna-Lena Fitz⟧\n⟦ADDRESS:Bahnhofstr. 12/Top 5\n6850 Dornbirn⟧\n\n"
        "Terminbestätigung Mammographie + Sonographie am ⟦DATE:Do., 12.06.2025⟧, 09:15 Uhr. Bitte Vorbefunde "
        "(⟦INSTITUTION:Brustgesundheitszentrum Vorarlberg⟧) mitbringen, kein Deo am Untersuchungstag. "
        "Auftragsnr.: ⟦ID:MG-0612-0915-77⟧",
        (
            "Institut für Radiologie",
            "Terminbestätigung",
            "Mammographie",
            "Sonographie",
            "09:15 Uhr",
            "Untersuchungstag",
        ),
    ),
    (
        "at13",
        "de",
        "Übergabe Nachtdienst ⟦DATE:16./17.3.⟧ (Rö)\n"
        "- ⟦PERSON:Huber Josef⟧ Bett 7, Polytrauma: Ganzkörper-CT ok, Milzlazeration AAST III, Chirurgie weiß "
        "Bescheid (Dr. ⟦PERSON:Lanzinger⟧ mobil ⟦PHONE:0676 8821 4470⟧)\n"
        "- Fr. ⟦PERSON:Schöberl⟧ (⟦AGE:96⟧ J.) aus ⟦INSTITUTION:Pflegeheim Haus am Ruckerlberg⟧: Rö Becken ohne "
        "Fraktur, CT morgen wenn Schmerz persistiert\n"
        "übergeben: ⟦PERSON:Matthias Ehrenhöfer⟧ → ⟦PERSON:Dilara Aksoy⟧",
        ("Übergabe Nachtdienst", "Bett 7", "Polytrauma", "Ganzkörper-CT", "Milzlazeration", "AAST III", "Rö Becken"),
    ),
    (
        "at14",
        "de",
        "Leistungsnr|Datum|Pat|VSNR|Leistung|Zuweiser\n"
        "⟦ID:L25-000871⟧|⟦DATE:2025-01-09⟧|⟦PERSON:Sadiku, Arbër⟧|⟦ID:6602 110372⟧|MR HWS|Dr. ⟦PERSON:Gabriele "
        "Moosbrugger⟧\n"
        "⟦ID:L25-000872⟧|⟦DATE:2025-01-09⟧|⟦PERSON:Unterrainer, Notburga⟧|⟦ID:4013 050431⟧|Rö Thorax pa/lat|"
        "⟦INSTITUTION:PVE Mariazell⟧\n"
        "Summe 2 Leistungen, Tarif MRT-Pauschale",
        ("Leistungsnr", "MR HWS", "Rö Thorax pa/lat", "Zuweiser", "MRT-Pauschale"),
    ),
    (
        "at15",
        "de",
        "Zuweisung Augenambulanz → Radiologie\n"
        "Pat.: ⟦PERSON:Nikola Petrović-Bauer⟧ *⟦DATE:08.10.1979⟧\n"
        "Sehverschlechterung re seit 3 Wo, RAPD re, Papillenödem? Bitte MR Orbita/Chiasma mit KM (Optikusneuritis?)\n"
        "Befund: KM-Anreicherung des N. opticus re intraorbital, Länge 18 mm, keine Chiasmabeteiligung, "
        "periventrikuläre Läsionen (McDonald-Kriterien: räumliche Dissemination erfüllt).\n"
        "Zuweisende: Dr.in ⟦PERSON:Erzsébet Kovács⟧, ⟦INSTITUTION:KH der Barmherzigen Brüder Eisenstadt⟧, "
        "Durchwahl ⟦PHONE:2244⟧",
        ("Augenambulanz", "RAPD", "Papillenödem", "Optikusneuritis", "N. opticus", "McDonald-Kriterien"),
    ),
    # ---------------------------------------------------------------- CH
    (
        "ch01",
        "de",
        "⟦INSTITUTION:Röntgeninstitut Seefeld AG⟧\n"
        "Zuweiser: Dr. med. ⟦PERSON:Urs Bättig⟧, ⟦ADDRESS:Dufourstrasse 101, 8008 Zürich⟧\n"
        "Patientin: ⟦PERSON:Nadine Bürgi-Schoch⟧, ⟦DATE:14.06.1983⟧, AHV ⟦ID:756.3318.4021.07⟧\n"
        "MRI LWS vom ⟦DATE:20.02.2025⟧: Diskushernie L5/S1 paramedian links mit Kompression der Wurzel S1 li, "
        "Pfirrmann IV. Modic Typ 1 Endplattenveränderungen. Facettengelenke bland.",
        ("MRI LWS", "Diskushernie", "L5/S1", "Wurzel S1", "Pfirrmann IV", "Modic Typ 1", "Facettengelenke"),
    ),
    (
        "ch02",
        "de",
        "Arbeitsmedizinische Vorsorge Asbest (Suva)\n"
        "Versicherter ⟦PERSON:Reto Caflisch⟧ Schadennr. ⟦ID:21.44718.25.6⟧\n"
        "CT Thorax Low-Dose im ⟦INSTITUTION:Kantonsspital Graubünden⟧ am ⟦DATE:5. März 2025⟧: Pleuraplaques verkalkt "
        "bds. diaphragmal, keine Asbestose, kein Rundherd (Lung-RADS 2). ILO-Klassifikation 1/0.\n"
        "Bericht an: Dr. med. ⟦PERSON:Annatina Cadonau⟧, Arbeitsmedizin, Tel ⟦PHONE:081 256 61 11⟧",
        (
            "Arbeitsmedizinische Vorsorge",
            "Low-Dose",
            "Pleuraplaques",
            "Asbestose",
            "Lung-RADS 2",
            "ILO-Klassifikation",
            "Arbeitsmedizin",
        ),
    ),
    (
        "ch03",
        "de",
        "⟦INSTITUTION:Spital Zofingen⟧ · Medizinische Klinik\n"
        "Austrittsbericht\n"
        "Herr ⟦PERSON:Ueli Brechbühl⟧, ⟦DATE:02.02.1935⟧, ⟦AGE:90⟧-jährig, wohnhaft im ⟦INSTITUTION:Altersheim "
        "Tanneck⟧, "
        "⟦ADDRESS:Oftringen⟧. Bezugsperson: Sohn ⟦PERSON:Beat Brechbühl⟧ ⟦PHONE:079 412 56 80⟧.\n"
        "CT Abdomen: Sigmadivertikulitis Hansen-Stock IIb mit gedeckter Perforation, kein Abszess. Antibiose mit "
        "Amoxicillin/Clavulansäure.",
        (
            "Medizinische Klinik",
            "Austrittsbericht",
            "Sigmadivertikulitis",
            "Hansen-Stock IIb",
            "Abszess",
            "Amoxicillin/Clavulansäure",
        ),
    ),
    (
        "ch04",
        "de",
        "0008,0080 InstitutionName: ⟦INSTITUTION:Universitätsspital Basel⟧\n"
        "0008,1010 StationName: MR3T_PRISMA_B\n"
        "0010,0010 PatientName: ⟦PERSON:Ammann^Corinne⟧\n"
        "0010,0020 PatientID: ⟦ID:6104422⟧\n"
        "0010,1000 OtherPatientIDs: ⟦ID:756.9021.3377.45⟧\n"
        "0008,0050 AccessionNumber: ⟦ID:USB25RX41187⟧\n"
        "0008,0020 StudyDate: ⟦DATE:20250319⟧\n"
        "0018,0024 SequenceName: *tse2d1_15\n"
        "0008,103E SeriesDescription: t2_tse_tra_FS_Leber\n"
        "0032,1032 RequestingPhysician: ⟦PERSON:Zürcher^Lukas⟧^^Dr. med.",
        ("StationName", "MR3T_PRISMA_B", "SequenceName", "*tse2d1_15", "t2_tse_tra_FS_Leber", "RequestingPhysician"),
    ),
    (
        "ch05",
        "de",
        "DVT-Zuweisung ⟦INSTITUTION:ZZM⟧, Klinik für Mund-, Kiefer- und Gesichtschirurgie\n"
        "Pat. ⟦PERSON:Fitore Berisha⟧ geb. ⟦DATE:11.11.2001⟧\n"
        "Frage: Verlagerung 48 / Nähe N. alveolaris inferior, Zyste?\n"
        "Befund: Follikuläre Zyste um 48, Ausdehnung 17 x 12 mm, Kortikalis lingual verdünnt, N. alveolaris inferior "
        "nach kaudal verdrängt.\n"
        "Dr. med. dent. ⟦PERSON:Pascal Imhof⟧, ⟦EMAIL:pascal.imhof@zzm.uzh.ch⟧",
        (
            "Klinik für Mund-, Kiefer- und Gesichtschirurgie",
            "Verlagerung 48",
            "N. alveolaris inferior",
            "Follikuläre Zyste",
            "Kortikalis",
        ),
    ),
    (
        "ch06",
        "de",
        "Polydisziplinäres Gutachten (MEDAS) – radiologischer Teilbericht\n"
        "Explorand: ⟦PERSON:Nenad Milosavljević⟧, geb. ⟦DATE:03.07.1972⟧, IV-Nr. ⟦ID:756.8812.0045.93⟧\n"
        "Beigezogene Fremdbilder: ⟦INSTITUTION:Radiologie Bern-Breitenrain⟧ (MRT Schulter ⟦DATE:Sept. 2023⟧), "
        "⟦INSTITUTION:Lindenhofspital⟧ (Arthro-CT ⟦DATE:15.1.24⟧).\n"
        "Beurteilung: St. n. Rotatorenmanschettenrekonstruktion, Re-Ruptur Sugaya IV, fettige Degeneration Goutallier "
        "3. "
        "Arbeitsfähigkeit als Maurer eingeschränkt.",
        (
            "MEDAS",
            "Fremdbilder",
            "Arthro-CT",
            "Rotatorenmanschettenrekonstruktion",
            "Sugaya IV",
            "Goutallier 3",
            "Maurer",
        ),
    ),
    (
        "ch07",
        "de",
        "⟦INSTITUTION:REHAKLINIK ZIHLSCHLACHT⟧ – neurologische rehabilitation\n"
        "eintritt ⟦DATE:28.O4.2O25⟧ pat ⟦PERSON:heidi käser-inäbnit⟧ n. ICB thalamisch li (CT ⟦INSTITUTION:KSSG⟧ "
        "⟦DATE:19.4.⟧)\n"
        "Verlaufs-CT: Resorption des Hämatoms, kein Hydrocephalus, Evans-Index 0.28. NIHSS bei Eintritt 6. "
        "Logopädie + Ergotherapie.\n"
        "Beistand: ⟦PERSON:Marco Käser⟧ (Ehemann) ⟦PHONE:071 640 22 18⟧",
        (
            "neurologische rehabilitation",
            "Verlaufs-CT",
            "Hydrocephalus",
            "Evans-Index",
            "NIHSS",
            "Logopädie",
            "Ergotherapie",
        ),
    ),
    (
        "ch08",
        "fr",
        "⟦INSTITUTION:Hôpital Riviera-Chablais, site de Rennaz⟧ – Service de radiologie\n"
        "Lettre de sortie – Mme ⟦PERSON:Josiane Dufaux-Rochat⟧, née le ⟦DATE:4 août 1946⟧\n"
        "Médecin traitant: Dr ⟦PERSON:Olivier Menétrey⟧, ⟦ADDRESS:Av. de la Gare 9, 1800 Vevey⟧\n"
        "Angio-CT des membres inférieurs: occlusion de l'artère fémorale superficielle droite sur 6 cm, TASC II B, "
        "reprise par la fémorale profonde. Clopidogrel poursuivi. Contact: ⟦PHONE:021 923 40 00⟧.",
        (
            "Service de radiologie",
            "Lettre de sortie",
            "Angio-CT",
            "artère fémorale superficielle",
            "TASC II B",
            "Clopidogrel",
        ),
    ),
    (
        "ch09",
        "fr",
        "De: ⟦EMAIL:secretariat@imagerie-florissant.ch⟧\n"
        "Objet: RE: IRM genou – M. ⟦PERSON:Kouassi Yao⟧\n"
        "Bonjour, le rdv de votre patient est fixé au ⟦DATE:lundi 16 juin⟧ à 14h20 (IRM 3T, séquences DP fat-sat). "
        "Merci de nous faxer l'ordonnance au ⟦PHONE:022 839 14 01⟧.\n"
        "Cordialement, ⟦PERSON:Maëlle Grandjean⟧, secrétaire médicale\n"
        "⟦INSTITUTION:Institut d'Imagerie Florissant⟧, ⟦ADDRESS:route de Florissant 62, 1206 Genève⟧\n"
        "⟦URL:https://imagerie-florissant.ch⟧",
        ("IRM genou", "14h20", "IRM 3T", "DP fat-sat", "ordonnance", "secrétaire médicale"),
    ),
    (
        "ch10",
        "fr",
        "Colloque multidisciplinaire ORL du ⟦DATE:03.04.2025⟧\n"
        "Patient: ⟦PERSON:Delacrétaz Gilles⟧, EDS ⟦ID:HUG-0078811⟧\n"
        "IRM cou: carcinome épidermoïde de la base de langue droite, 2,9 cm, atteinte de la vallécule, adénopathie IIa "
        "droite 18 mm à nécrose centrale: cT2 N1 (AJCC 8e), p16 positif. Proposition: radiochimiothérapie.\n"
        "Présents: Pr ⟦PERSON:Beatrix Vuilleumier⟧, Dr ⟦PERSON:Karim Benslimane⟧ (radio-oncologie), Dr ⟦PERSON:Ana "
        "Sousa⟧ "
        "(⟦INSTITUTION:Clinique des Grangettes⟧)",
        (
            "Colloque multidisciplinaire ORL",
            "base de langue",
            "vallécule",
            "AJCC 8e",
            "p16 positif",
            "radiochimiothérapie",
            "radio-oncologie",
        ),
    ),
    (
        "ch11",
        "fr",
        "⟦INSTITUTION:Hôpital ophtalmique Jules-Gonin⟧ – Demande d'examen: CT orbites\n"
        "Patiente: ⟦PERSON:Élodie Marchand⟧, 27 ans, ⟦ADDRESS:ch. des Vignes 3, 1110 Morges⟧\n"
        "Traumatisme par balle de squash le ⟦DATE:2/5/25⟧. CT: fracture du plancher orbitaire gauche (blow-out), "
        "incarcération du muscle droit inférieur, emphysème orbitaire, teardrop sign.\n"
        "Demandeur: Dr ⟦PERSON:Thibaut Ruchonnet⟧, bip ⟦PHONE:3417⟧",
        (
            "CT orbites",
            "27 ans",
            "plancher orbitaire",
            "blow-out",
            "muscle droit inférieur",
            "emphysème orbitaire",
            "teardrop sign",
        ),
    ),
    (
        "ch12",
        "it",
        "⟦INSTITUTION:Ospedale Regionale di Lugano, sede Civico⟧ – Servizio di radiologia\n"
        "Egregio Dr. ⟦PERSON:Fulvio Pedrazzini⟧, ⟦ADDRESS:Via Cantonale 24, 6900 Massagno⟧\n"
        "la sua paziente Sig.ra ⟦PERSON:Graziella Bernasconi-Ghirlanda⟧ (nata il ⟦DATE:9.1.1958⟧) ha eseguito il "
        "⟦DATE:17 febbraio 2025⟧ una TC torace: nodulo solido di 7 mm nel lobo inferiore sinistro; secondo Fleischner "
        "controllo a 6-12 mesi. Enfisema centrolobulare.",
        (
            "Servizio di radiologia",
            "TC torace",
            "nodulo solido",
            "lobo inferiore sinistro",
            "Fleischner",
            "6-12 mesi",
            "Enfisema centrolobulare",
        ),
    ),
    (
        "ch13",
        "it",
        "⟦INSTITUTION:Ospedale Regionale di Bellinzona e Valli⟧ – lista di lavoro\n"
        "DATA|ORA|PAZIENTE|NASCITA|N. CASO|ESAME|REPARTO\n"
        "⟦DATE:10.06.2025⟧|07:45|⟦PERSON:CATTANEO Moreno⟧|⟦DATE:23.05.1961⟧|⟦ID:EOC-25-118820⟧|RM colonna "
        "lombare|Ortopedia\n"
        "⟦DATE:10.06.2025⟧|08:30|⟦PERSON:FERRARI-ZANETTI Lucia⟧|⟦DATE:30.10.1929⟧|⟦ID:EOC-25-118907⟧|Rx torace a "
        "letto|Medicina 3",
        ("lista di lavoro", "07:45", "RM colonna lombare", "Ortopedia", "08:30", "Rx torace a letto", "Medicina 3"),
    ),
    (
        "ch14",
        "it",
        "ADDENDUM al referto ⟦ID:CSA-25/04471⟧ del ⟦DATE:22/03/2025⟧ – ⟦INSTITUTION:Clinica Sant'Anna Sorengo⟧\n"
        "Dopo revisione con la Dr.ssa ⟦PERSON:Mirella Quadri⟧ delle immagini di confronto (⟦INSTITUTION:Centro "
        "Diagnostico "
        "Mendrisiotto⟧, ⟦DATE:novembre 2024⟧): la lesione epatica del segmento VII è stabile, comportamento tipo "
        "emangioma (riempimento centripeto). LI-RADS non applicabile.\n"
        "Firmato: Dr. med. ⟦PERSON:Sandro Balmelli⟧",
        ("ADDENDUM al referto", "lesione epatica", "segmento VII", "emangioma", "riempimento centripeto", "LI-RADS"),
    ),
    (
        "ch15",
        "it",
        "Nota telefonica ven ⟦DATE:4.4.⟧ ore 17:10\n"
        "Chiamata dalla ⟦INSTITUTION:Casa per anziani Al Pagnolo⟧ (inf. ⟦PERSON:Donatella⟧, ⟦PHONE:091 945 33 70⟧): "
        "la Sig.ra ⟦PERSON:Ines Gianola⟧, ⟦AGE:97⟧ anni, caduta. Rx anca dx: frattura pertrocanterica AO 31-A2, "
        "spostata. Avvisato il chirurgo di guardia Dr. ⟦PERSON:Vukašin Ilić⟧, int. ⟦PHONE:6218⟧. Trasporto in PS "
        "organizzato.",
        (
            "Nota telefonica",
            "ore 17:10",
            "Rx anca dx",
            "frattura pertrocanterica",
            "AO 31-A2",
            "chirurgo di guardia",
            "Trasporto in PS",
        ),
    ),
    # ---------------------------------------------------------------- UK
    (
        "uk01",
        "en",
        "⟦INSTITUTION:Dorset County Hospital⟧ NHS Foundation Trust\nDepartment of Radiology\n"
        "⟦ADDRESS:Williams Avenue, Dorchester DT1 2JY⟧\n\n"
        "Dear Dr ⟦PERSON:Oluwaseun Adebayo⟧,\n"
        "Re: Mr ⟦PERSON:Kenneth Pargeter⟧, DOB ⟦DATE:29/09/1952⟧, NHS No ⟦ID:485 777 3456⟧\n"
        "US abdomen on ⟦DATE:14th March⟧ showed a 4.1 cm infrarenal abdominal aortic aneurysm, no iliac extension. "
        "Gallbladder calculi, Murphy's sign negative. Please refer to the AAA surveillance programme.",
        (
            "NHS Foundation Trust",
            "Department of Radiology",
            "4.1 cm",
            "infrarenal",
            "abdominal aortic aneurysm",
            "Murphy's sign",
            "AAA surveillance programme",
        ),
    ),
    (
        "uk02",
        "en",
        "CRIS  Exam: ⟦ID:RBA2508847113⟧  Hosp No: ⟦ID:K1193502⟧\n"
        "Name: ⟦PERSON:MCALLISTER, Fionnuala⟧   Sex F  DOB ⟦DATE:03-Jan-1964⟧\n"
        "Addr: ⟦ADDRESS:14 Glebe Rd, Newtownabbey BT36 6PQ⟧\n"
        "Ref: Dr ⟦PERSON:P Ní Bhriain⟧ (GP, ⟦INSTITUTION:Abbey Medical Practice⟧)\n"
        "Exam: MRI Pituitary pre+post contrast ⟦DATE:22/05/25⟧ 13:05\n"
        "Report: 6 mm hypoenhancing lesion left side of the gland, no cavernous sinus invasion (Knosp 0), optic "
        "chiasm clear.",
        ("Sex F", "MRI Pituitary", "13:05", "hypoenhancing", "cavernous sinus", "Knosp 0", "optic chiasm"),
    ),
    (
        "uk03",
        "en",
        "⟦INSTITUTION:Glasgow Dental Hospital & School⟧ – CBCT request\n"
        "Patient: ⟦PERSON:Callum Rennie⟧ CHI ⟦ID:1705982214⟧\n"
        "Referring GDP: ⟦PERSON:Aileen Drummond⟧ BDS, ⟦INSTITUTION:Partick Cross Dental Care⟧, ⟦PHONE:0141 339 2207⟧\n"
        "Query: UR3 impaction, relation to UR1/UR2 roots?\n"
        "Findings: UR3 palatally impacted, crown overlying apical third of UR1, no root resorption. Incisive canal "
        "normal. "
        "Carestream CS 8100 3D, 5x5 FOV.",
        ("CBCT", "BDS", "UR1/UR2", "apical third", "root resorption", "Incisive canal", "Carestream CS 8100 3D"),
    ),
    (
        "uk04",
        "en",
        "Occupational Health Service, ⟦INSTITUTION:Royal Berkshire Hospital⟧\n"
        "Employee: ⟦PERSON:Priyanka Raghunathan⟧ Staff No ⟦ID:E0449217⟧\n"
        "Manager: ⟦PERSON:Gareth Lloyd-Pugh⟧ (Estates)\n"
        "Reason: pre-employment TB screening, arrived in the UK ⟦DATE:Sept 2024⟧.\n"
        "CXR PA: no consolidation, no hilar adenopathy, no Ghon complex. QuantiFERON negative. Fit for work without "
        "restriction.",
        (
            "Occupational Health Service",
            "Estates",
            "CXR PA",
            "hilar adenopathy",
            "Ghon complex",
            "QuantiFERON",
            "Fit for work",
        ),
    ),
    (
        "uk05",
        "en",
        "DISCHARGE SUMMARY – ⟦INSTITUTION:Alnwick Infirmary⟧\n"
        "Patient ⟦PERSON:Dorothy Swinburne⟧ age ⟦AGE:92⟧ (NHS ⟦ID:632 118 4407⟧)\n"
        "NOK: grandson ⟦PERSON:Liam Swinburne-Hall⟧ mob ⟦PHONE:07700 918 442⟧\n"
        "CT head (outside, ⟦INSTITUTION:Wansbeck General⟧ ⟦DATE:02/02/2025⟧): chronic small vessel disease, old left "
        "PCA infarct, no bleed. Discharged to ⟦INSTITUTION:Hollybush Lodge Care Home⟧ on Apixaban 2.5 mg BD. "
        "Parkinson's disease stable on co-careldopa.",
        (
            "DISCHARGE SUMMARY",
            "CT head",
            "small vessel disease",
            "PCA infarct",
            "Apixaban 2.5 mg BD",
            "Parkinson's disease",
            "co-careldopa",
        ),
    ),
    (
        "uk06",
        "en",
        "From: ⟦PERSON:Rhiannon Pryce⟧ <⟦EMAIL:rhiannon.pryce@vistamri.co.uk⟧>\n"
        "Sent: ⟦DATE:Tuesday, 8 April 2025⟧ 09:47\n"
        "Subject: MRI prostate – PI-RADS 4 lesion\n"
        "Hi ⟦PERSON:Jonathan⟧, as discussed the mpMRI shows a PI-RADS 4 lesion in the left PZ at mid-gland, 11 mm, "
        "PI-QUAL 4. Happy to discuss at MDT.\n⟦PERSON:Rhiannon⟧\n"
        "Consultant Radiologist | ⟦INSTITUTION:Vista Diagnostics⟧ | ⟦ADDRESS:Unit 4, Templar Court, Cardiff CF10 5DQ⟧ "
        "| "
        "⟦PHONE:029 2046 7711⟧",
        ("09:47", "PI-RADS 4", "mpMRI", "left PZ", "mid-gland", "PI-QUAL 4", "MDT", "Consultant Radiologist"),
    ),
    (
        "uk07",
        "en",
        "⟦INSTITUTION:Oxford University Hospitals⟧ Colorectal MDT\n"
        "MDT_Date,Hosp_No,Patient,DOB,Consultant,Question\n"
        '⟦DATE:2025-05-21⟧,⟦ID:RTH0774219⟧,"⟦PERSON:Okafor, Chinedu⟧",⟦DATE:1958-07-02⟧,Mr ⟦PERSON:Hargreaves⟧,'
        "Rectal MRI: mrT3c EMVI+ CRM threatened?\n"
        '⟦DATE:2025-05-21⟧,⟦ID:RTH0780063⟧,"⟦PERSON:Whitlock, Sian⟧",⟦DATE:1971-11-30⟧,Ms ⟦PERSON:Begum⟧,'
        "CT CAP staging – Dukes? liver segment 8 lesion",
        ("Colorectal MDT", "Rectal MRI", "mrT3c", "EMVI+", "CRM threatened", "CT CAP", "Dukes", "segment 8"),
    ),
    (
        "uk08",
        "en",
        "Eye Casualty, ⟦INSTITUTION:Manchester Royal Eye Hospital⟧\n"
        "URGENT MRI orbits/brain request\n"
        "Pt: Ms ⟦PERSON:Zainab Hussain⟧ 31y, MRN ⟦ID:M4402197⟧, mobile ⟦PHONE:07911 402 733⟧\n"
        "Bilateral disc swelling, headache worse lying, BMI 38. ?IIH ?venous sinus thrombosis. Please include MRV.\n"
        "Requested by: Dr ⟦PERSON:T. Abernethy⟧, ST4 Ophthalmology, bleep ⟦PHONE:2715⟧",
        (
            "Eye Casualty",
            "31y",
            "disc swelling",
            "BMI 38",
            "IIH",
            "venous sinus thrombosis",
            "MRV",
            "ST4 Ophthalmology",
        ),
    ),
    (
        "uk09",
        "en",
        "MEDICO-LEGAL REPORT (Part 35 CPR)\n"
        "Claimant: ⟦PERSON:Stacey-Ann Blackwood⟧  DOB ⟦DATE:11.06.1989⟧  Solicitor ref: ⟦ID:IM/PI/445120/KB⟧\n"
        "Accident: RTC on ⟦DATE:3rd November 2024⟧.\n"
        "MRI C-spine (⟦INSTITUTION:Spire Leeds Hospital⟧): no fracture, loss of lordosis, small C4/5 disc bulge not "
        "compressing the cord. Whiplash Associated Disorder grade II (Quebec Task Force).\n"
        "Instructed by Mr ⟦PERSON:Desmond Achterberg⟧",
        ("Part 35 CPR", "RTC", "C-spine", "lordosis", "C4/5", "Whiplash Associated Disorder", "Quebec Task Force"),
    ),
    (
        "uk10",
        "en",
        "Phoned result 16:20 ⟦DATE:12/6⟧ – CT PA\n"
        "Spoke to Dr ⟦PERSON:Imogen Frost⟧ (FY2, AMU, bleep ⟦PHONE:6604⟧) re bed 14 Mr ⟦PERSON:Trevor Oakes⟧ "
        "(⟦ID:RJ100723345⟧): bilateral segmental PEs, RV:LV 1.2, flattening of the septum – submassive. Advised "
        "discussion with on-call medical reg and PERT.\n"
        "Reporter: ⟦PERSON:Anika Khatun⟧, ext ⟦PHONE:3391⟧",
        ("16:20", "CT PA", "FY2", "AMU", "bed 14", "RV:LV", "submassive", "PERT"),
    ),
    (
        "uk11",
        "en",
        "(0008,0080) Institution Name: ⟦INSTITUTION:ROYAL CORNWALL HOSPITAL⟧\n"
        "(0008,0081) Institution Address: ⟦ADDRESS:TRELISKE, TRURO, TR1 3LJ⟧\n"
        "(0010,0010) Patient's Name: ⟦PERSON:TREGENZA^MORWENNA^J⟧\n"
        "(0010,0020) Patient ID: ⟦ID:0098126⟧\n"
        "(0010,21B0) Additional Patient History: fall from horse 3/52 ago\n"
        "(0008,1030) Study Description: CT C SPINE\n"
        "(0018,0050) Slice Thickness: 0.625\n"
        "(0018,1000) Device Serial Number: ⟦ID:GE47122⟧\n"
        "(0008,1090) Manufacturer's Model Name: Revolution CT",
        (
            "Additional Patient History",
            "fall from horse",
            "3/52",
            "CT C SPINE",
            "Slice Thickness",
            "0.625",
            "Revolution CT",
        ),
    ),
    (
        "uk12",
        "en",
        "⟦INSTITUTION:Queen Elizabeth University Hospital⟧\nImaging Department, Level 2\n\n"
        "Mr ⟦PERSON:Abdulrahman Al-Mansoori⟧\n⟦ADDRESS:Flat 2/1\n47 Dumbarton Road\nGLASGOW G11 6PA⟧\n\n"
        "Dear Mr ⟦PERSON:Al-Mansoori⟧\n"
        "Your ultrasound (testes) appointment is on ⟦DATE:Wednesday 23rd July 2025⟧ at 11.30am. If you cannot attend "
        "please telephone ⟦PHONE:0141 452 3838⟧ quoting ⟦ID:GG-US-778104⟧. Please arrive 10 minutes early.",
        ("Imaging Department", "Level 2", "ultrasound (testes)", "11.30am", "10 minutes"),
    ),
    (
        "uk13",
        "en",
        "⟦INSTITUTION:Rookwood Spinal Rehabilitation Centre⟧ – MRI whole spine review\n"
        "Mr ⟦PERSON:Dafydd Roberts⟧ ( 57 ), T6 ASIA A after fall ⟦DATE:Jan-25⟧\n"
        "MRI: syrinx T4–T7 extending, 4 mm, Cobb angle unchanged 12°. Stable T6 fixation.\n"
        "cc: Dr ⟦PERSON:Hywel Gruffydd⟧, GP, ⟦INSTITUTION:Llys Meddyg Surgery⟧, ⟦ADDRESS:Conwy LL32 8AA⟧\n"
        "    Mrs ⟦PERSON:Glenys Roberts⟧ (wife)\n"
        "    ⟦PERSON:S. Patel⟧, Physiotherapy",
        ("whole spine", "( 57 )", "ASIA A", "syrinx", "T4–T7", "Cobb angle", "T6 fixation", "Physiotherapy"),
    ),
    (
        "uk14",
        "en",
        "Pre-authorisation: Bupa membership no. ⟦ID:72814455-03⟧, auth code ⟦ID:PA8812374⟧\n"
        "Patient ⟦PERSON:Hollis, Benedict⟧\n"
        "CT sinuses (⟦INSTITUTION:London Bridge Hospital⟧ imaging, ⟦DATE:19 Feb 2025⟧): pansinusitis, Lund–Mackay 16, "
        "bilateral concha bullosa, Keros type III olfactory fossa (note for FESS).\n"
        "Referred by Mr ⟦PERSON:Anand Krishnaswamy⟧ FRCS (ENT), ⟦EMAIL:a.krishnaswamy@lbh-ent.co.uk⟧",
        (
            "Pre-authorisation",
            "CT sinuses",
            "pansinusitis",
            "Lund–Mackay 16",
            "concha bullosa",
            "Keros type III",
            "FESS",
            "FRCS (ENT)",
        ),
    ),
    (
        "uk15",
        "en",
        "Skeletal survey – Baby ⟦PERSON:Tyler Moss⟧, 4 months, DOB ⟦DATE:17/01/2025⟧\n"
        "Mother ⟦PERSON:Chantelle Moss⟧, social worker ⟦PERSON:Bernadette Quigley⟧ (⟦INSTITUTION:Sandwell Children's "
        "Services⟧ ⟦PHONE:0121 569 3100⟧)\n"
        "Findings: classic metaphyseal lesion distal left femur, healing posterior rib fractures R5–R7 with callus. "
        "Follow-up survey in 11–14 days per RCR/SCoR guidance.",
        (
            "Skeletal survey",
            "4 months",
            "classic metaphyseal lesion",
            "distal left femur",
            "R5–R7",
            "11–14 days",
            "RCR/SCoR",
        ),
    ),
    # ---------------------------------------------------------------- US
    (
        "us01",
        "en",
        "⟦INSTITUTION:Lakeshore Imaging Associates⟧, P.C.\n"
        "⟦ADDRESS:2210 N. Lincoln Ave, Ste 300, Chicago, IL 60614⟧  P ⟦PHONE:(773) 555-0187⟧  F ⟦PHONE:(773) "
        "555-0190⟧\n"
        "PATIENT: ⟦PERSON:VILLANUEVA, ROSALINDA M⟧   DOB: ⟦DATE:02/14/1967⟧   MRN: ⟦ID:LIA-0447821⟧\n"
        "REFERRING: ⟦PERSON:KAPLAN, EITAN⟧ MD\n"
        "EXAM: MRI LEFT KNEE WITHOUT CONTRAST  DATE: ⟦DATE:05/02/2025⟧\n"
        "IMPRESSION: Bucket-handle tear medial meniscus with flipped fragment (double PCL sign). Grade 2 MCL sprain.",
        (
            "P.C.",
            "MRI LEFT KNEE WITHOUT CONTRAST",
            "IMPRESSION",
            "Bucket-handle tear",
            "medial meniscus",
            "double PCL sign",
            "Grade 2 MCL sprain",
        ),
    ),
    (
        "us02",
        "en",
        "⟦INSTITUTION:VA Palo Alto Health Care System⟧ – Radiology Service\n"
        "Veteran: ⟦PERSON:Delgado-Ruiz, Ernesto⟧  ICN ⟦ID:1012948837V442190⟧  Last4 ⟦ID:6618⟧\n"
        "CBOC: ⟦INSTITUTION:Sonora CBOC⟧   Age ⟦AGE:91⟧, Korea era veteran, Agent Orange exposure documented.\n"
        "CT chest low-dose lung screening: Lung-RADS 3, 7 mm part-solid nodule RML. Centrilobular emphysema, moderate. "
        "Coronary calcification CAC-DRS 2.",
        ("Radiology Service", "Korea", "Agent Orange", "Lung-RADS 3", "part-solid nodule", "RML", "CAC-DRS 2"),
    ),
    (
        "us03",
        "en",
        "INDEPENDENT MEDICAL EVALUATION – Workers' Compensation\n"
        "Claim #: ⟦ID:WC-2024-0338172⟧  Employer: ⟦INSTITUTION:Tri-County Freight Lines⟧\n"
        "Claimant: ⟦PERSON:Marcus T. Pennington⟧  DOI: ⟦DATE:10/21/2024⟧\n"
        "Adjuster: ⟦PERSON:Kelsey Rourke⟧, ext. ⟦PHONE:4417⟧\n"
        "MRI lumbar spine (outside, ⟦INSTITUTION:Summit Open MRI⟧): L4-5 broad-based disc protrusion with annular "
        "fissure, mild bilateral foraminal narrowing, incidental Tarlov cysts. Waddell signs 1/5. MMI not reached.",
        (
            "Workers' Compensation",
            "DOI",
            "L4-5",
            "annular fissure",
            "foraminal narrowing",
            "Tarlov cysts",
            "Waddell signs",
            "MMI",
        ),
    ),
    (
        "us04",
        "en",
        "⟦INSTITUTION:Gallup Indian Medical Center⟧ Radiology worklist ⟦DATE:6/17/25⟧\n"
        "Sched\tPatient\tDOB\tAcc#\tProc\tRoom\tTech\n"
        "07:00\t⟦PERSON:Begay, Tsosie⟧\t⟦DATE:1979-03-08⟧\t⟦ID:A25061704⟧\tCT A/P w contrast\tCT2\t⟦PERSON:jlarkin⟧\n"
        "07:20\t⟦PERSON:Huang, Mei-Ling⟧\t⟦DATE:1994-12-12⟧\t⟦ID:A25061711⟧\tUS Pelvis TV\tUS1\t⟦PERSON:rsoto⟧",
        ("Acc#", "07:00", "CT A/P w contrast", "CT2", "07:20", "US Pelvis TV", "US1"),
    ),
    (
        "us05",
        "en",
        "⟦INSTITUTION:Peachtree Oral & Maxillofacial Surgery⟧\n"
        "CBCT Interpretation – Dr. ⟦PERSON:Aaliyah Brooks⟧, DMD\n"
        "Pt ⟦PERSON:Kenji Watanabe⟧ | chart ⟦ID:00061278⟧ | ⟦DATE:Jan 9 2025⟧\n"
        "i-CAT FLX, 16x13 FOV. Implant planning #30: buccolingual width 7.2 mm, 11 mm to IAN canal. Mental foramen at "
        "#28 "
        "apex. L maxillary sinus mucous retention cyst; Stafne defect R mandible, incidental.\n"
        "Reply to ⟦EMAIL:imaging@peachtreeoms.com⟧",
        (
            "CBCT Interpretation",
            "DMD",
            "i-CAT FLX",
            "#30",
            "IAN canal",
            "Mental foramen",
            "mucous retention cyst",
            "Stafne defect",
        ),
    ),
    (
        "us06",
        "en",
        "ED Handoff 0300 Sat ⟦DATE:3/15⟧\n"
        "Rm 9 ⟦PERSON:Gloria Whitfield⟧, 84F, from ⟦INSTITUTION:Magnolia Gardens Assisted Living⟧. CTH neg for bleed. "
        "CT C-spine: type II dens fx (Anderson-D'Alonzo), Aspen collar. Daughter ⟦PERSON:Renee⟧ at bedside, cell "
        "⟦PHONE:501-555-0134⟧. Neurosurg (Dr. ⟦PERSON:Obi⟧) to see in AM.\n"
        "— ⟦PERSON:Tyler Jansen⟧, PA-C",
        ("0300", "Rm 9", "84F", "CTH", "type II dens fx", "Anderson-D'Alonzo", "Aspen collar", "PA-C"),
    ),
    (
        "us07",
        "en",
        "⟦INSTITUTION:Riverbend Community Hospital⟧ • Diagnostic Imaging\n\n⟦DATE:April 28, 2025⟧\n\n"
        "⟦PERSON:Harold J. Fensterwald⟧\n⟦ADDRESS:318 County Rd 12\nMarshall, MN 56258⟧\n\n"
        "Dear Mr. ⟦PERSON:Fensterwald⟧:\n"
        "Your DEXA bone density scan is scheduled for ⟦DATE:Thursday, May 8⟧ at 2:15 PM. Do not take calcium "
        "supplements "
        "24 hours before. Questions: ⟦PHONE:507-555-0162⟧ or ⟦URL:riverbendhealth.org/imaging⟧. Medicare ID on file: "
        "⟦ID:1EG4-TE5-MK73⟧.",
        ("Diagnostic Imaging", "DEXA", "bone density", "2:15 PM", "calcium supplements", "24 hours"),
    ),
    (
        "us08",
        "en",
        "(0010,0010) PN [⟦PERSON:O'SULLIVAN^BRIDGET^A⟧]\n"
        "(0010,0020) LO [⟦ID:88412093⟧]\n"
        "(0010,1010) AS [067Y]\n"
        "(0008,0090) PN [⟦PERSON:PATEL^NIRAV^K⟧^^MD]\n"
        "(0008,0080) LO [⟦INSTITUTION:ST LUKES BOISE MERIDIAN⟧]\n"
        "(0008,0050) SH [⟦ID:SL2505119934⟧]\n"
        "(0008,0020) DA [⟦DATE:20250511⟧]\n"
        "(0008,1030) LO [MAMMO SCREEN BILAT W TOMO]\n"
        "(0008,1090) LO [Selenia Dimensions]\n"
        "(0040,0254) LO [3D TOMO BIL]",
        ("067Y", "(0008,1090)", "MAMMO SCREEN BILAT W TOMO", "Selenia Dimensions", "3D TOMO BIL"),
    ),
    (
        "us09",
        "en",
        "Multidisciplinary Thoracic Tumor Board – Thu ⟦DATE:06/05/25⟧ noon, Conf Rm B\n"
        "Case 3: ⟦PERSON:Abimbola Adeyemi-Clarke⟧, 63, MRN ⟦ID:00391746⟧, referred from ⟦INSTITUTION:Northside "
        "Pulmonary Associates⟧ (Dr. ⟦PERSON:Feinstein⟧).\n"
        "PET/CT: 3.4 cm LUL mass SUV 14, ipsilateral hilar node, no M1: cT2a N1 M0, stage IIB (AJCC 8). EGFR/ALK "
        "pending. "
        "Rec: EBUS, then lobectomy.\n"
        "Present: ⟦PERSON:Chen⟧, ⟦PERSON:Gutierrez⟧, ⟦PERSON:Nakamura-Reyes⟧, ⟦PERSON:Lindqvist⟧",
        ("Conf Rm B", "Case 3", "LUL", "SUV 14", "stage IIB", "AJCC 8", "EGFR/ALK", "lobectomy"),
    ),
    (
        "us10",
        "en",
        "Prior Authorization Request – MRI Brain w/wo\n"
        "Member: ⟦PERSON:Jacqueline Thibodeaux⟧  Member ID ⟦ID:XKJ884120557⟧  Group ⟦ID:00917-4⟧\n"
        "Ordering: ⟦PERSON:Samuel Oyelaran⟧, DO, NPI ⟦ID:1538264917⟧\n"
        "Facility: ⟦INSTITUTION:Acadiana Imaging Center⟧, ⟦ADDRESS:Lafayette, LA⟧\n"
        "Dx: G43.909 migraine with new neuro deficit (L facial numbness); criteria met per AIM guideline. Peer-to-peer "
        "⟦DATE:5/19⟧ 4:30 pm CT, call ⟦PHONE:1-800-555-0148⟧ ref ⟦ID:PA-3390217⟧.",
        (
            "Prior Authorization Request",
            "MRI Brain w/wo",
            "G43.909",
            "migraine",
            "AIM guideline",
            "Peer-to-peer",
            "4:30 pm CT",
        ),
    ),
    (
        "us11",
        "en",
        "⟦INSTITUTION:Blue Ridge ENT & Allergy⟧ — referral to ⟦INSTITUTION:Asheville Radiology⟧\n"
        "Re: ⟦PERSON:Cody Ray Hensley⟧, 45 yo, SSN xxx-xx-⟦ID:4410⟧\n"
        "Asymmetric SNHL right (word rec 64%), tinnitus. Please MRI IAC w/ gadolinium to r/o vestibular schwannoma "
        "(Koos grade if present).\n"
        "Thanks, ⟦PERSON:Marisol Ibarra⟧, AuD | ⟦PHONE:828.555.0112⟧ x ⟦PHONE:231⟧",
        ("45 yo", "SNHL", "word rec 64%", "MRI IAC", "gadolinium", "vestibular schwannoma", "Koos grade", "AuD"),
    ),
    (
        "us12",
        "en",
        "COMPARISON: CT abd/pelvis ⟦DATE:11/2O/2O24⟧ from ⟦INSTITUTION:Baptist Health Corbin⟧ (images reviewed on "
        "PowerShare) and US RUQ ⟦DATE:Sept 2023⟧ at ⟦INSTITUTION:KentuckyOne Urgent Care⟧.\n"
        "FINDINGS: Interval enlargement of the Bosniak IIF cyst L kidney upper pole, now 3.1 cm (prev 2.4). Porcelain "
        "gallbladder unchanged. Psoas margins preserved. L1 compression deformity stable, Genant grade 1.\n"
        "Dictated by ⟦PERSON:Wendell Carrico⟧ MD ⟦DATE:05.14.25⟧ 10:12",
        (
            "PowerShare",
            "US RUQ",
            "Bosniak IIF",
            "upper pole",
            "Porcelain gallbladder",
            "Psoas",
            "Genant grade 1",
            "10:12",
        ),
    ),
    (
        "us13",
        "en",
        "Subject: FW: orbital CT for Ms. ⟦PERSON:Henderson⟧\n"
        "From: ⟦EMAIL:dr.gupta@clearviewretina.net⟧\n"
        "Patient ⟦PERSON:Tamara Henderson⟧ DOB ⟦DATE:8/30/1975⟧ has proptosis OS, Hertel 24/19, lid lag. TSH "
        "suppressed. "
        "Please CT orbits w/o contrast with coronal reformats; thyroid eye disease vs lymphoma.\n"
        "- ⟦PERSON:Dev Gupta⟧, MD, ⟦INSTITUTION:Clearview Retina Consultants⟧, ⟦ADDRESS:4400 Fannin St, Houston TX "
        "77004⟧",
        (
            "proptosis OS",
            "Hertel 24/19",
            "lid lag",
            "TSH suppressed",
            "CT orbits w/o contrast",
            "coronal reformats",
            "thyroid eye disease",
        ),
    ),
    (
        "us14",
        "en",
        "ADDENDUM ⟦DATE:3/22/2025⟧ 14:05: Critical result called to NP ⟦PERSON:Lena Osterberg⟧ at ⟦PHONE:(919) "
        "555-0177⟧, "
        "read back confirmed. Acute appendicitis with 6 mm appendicolith; no abscess. Alvarado 7.\n"
        "cc: ⟦PERSON:Trisha Vang⟧, MD (PCP); ⟦INSTITUTION:Duke Raleigh⟧ Surgery; ⟦INSTITUTION:WakeMed Cary⟧ ED\n"
        "Electronically signed: ⟦PERSON:Brian O. Whitaker⟧, MD",
        ("ADDENDUM", "14:05", "read back", "Acute appendicitis", "appendicolith", "Alvarado 7", "PCP"),
    ),
    (
        "us15",
        "en",
        "claim_id,pt_name,pt_dob,payer,member_id,cpt,icd10,dos,rendering\n"
        '⟦ID:CLM88120047⟧,"⟦PERSON:Yazzie, Darlene⟧",⟦DATE:1948-02-19⟧,Medicare,⟦ID:5TG2-QW7-HN41⟧,71260,J84.10,'
        "⟦DATE:2025-04-03⟧,⟦PERSON:Hollander M⟧\n"
        '⟦ID:CLM88120051⟧,"⟦PERSON:Saint-Fleur, Jean-Baptiste⟧",⟦DATE:1930-09-09⟧,Humana,⟦ID:H44881902⟧,70553,R41.82,'
        "⟦DATE:2025-04-03⟧,⟦PERSON:Hollander M⟧",
        ("claim_id", "rendering", "71260", "J84.10", "70553", "R41.82"),
    ),
)

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
