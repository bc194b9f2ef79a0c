"""Held-out 17: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15
and 16, held-out 9's `build_excerpts` / `Excerpt` / `country` and held-out 8's `strip_markup`
sources and the LABELS / COUNTRIES tuples, and the runners and floor test of held-outs 8, 9, 11
and 15). 95 excerpts, 19 each from DE, AT, CH (9 German, 5 French, 5 Italian), UK and US,
shaped like real exports and letters: RIS/HIS headers, DICOM header dumps and an HL7 segment,
worklists and CSV/TSV/pipe exports, referral, discharge, appointment and fax letters, findings
with outside-study mentions, phone and handover notes, tumour boards, addenda, signatures, cc /
distribution lists, e-mail headers and footers, insurance and authorisation lines. PHI in
national forms (persons of many origins with and without titles or labels, "Surname, Firstname",
surname-first without comma, DICOM / HL7 PN, user logins, relatives, carers, guardians, staff,
outside doctors, surnames that are also eponyms or words; facilities with and without keywords,
person-named clinics, acronyms, short forms, practices, care homes, imaging centres, a facility
name inside a DICOM protocol name; address blocks, inline addresses and CSV address fields;
phones, faxes, mobiles, extensions, bleeps, pagers; IDs of many kinds: MRN, case, accession,
NHS / CHI / H&C, SVNR, AHV/AVS, Medicare MBI, VA ICN, authorisation and claim numbers, share codes;
dates in numeric, DICOM, ISO, HL7 and written forms in four languages; e-mails; URLs; ages over
89). Keep-terms about as many as the PHI spans and as hard: eponyms that are also surnames
(Graf, Graves, Fleischner, Stupp, Herbert, Hunter, Golden, Lister, Feliciano, Baker, Wells),
place-named criteria and diseases (Ottawa, Valley fever, Miami J, International Reflux Study),
anatomy, drugs, devices, scanners, sequences, scores and classifications, capitalised German
nouns, ward and department words, clock times, image references, vertebral levels, young ages,
bare years, DICOM attribute names and values.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ages under 90, bare years and generic department names outside the
spans; for ages over 89 only the number, for extensions only the digits; a town named as a
residence or address is ADDRESS, a town inside or directly naming a facility is part of the
INSTITUTION; payer / insurer names are neither PHI nor keep-terms, their member numbers are ID).

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
        "RIS-Auftrag | Untersuchung: MRT LWS nativ\n"
        "Patient: ⟦PERSON:Oberländer, Jannik⟧ | geb. ⟦DATE:14.07.1979⟧ | PID ⟦ID:40088213⟧ | Fall ⟦ID:F-2025-118734⟧\n"
        "Zuweiser: ⟦PERSON:Mehmet Aydın⟧, Facharzt für Orthopädie, ⟦ADDRESS:Kaiserstraße 41, 76133 Karlsruhe⟧, "
        "Tel. ⟦PHONE:0721 9180-22⟧\n"
        "Fragestellung: Lumboischialgie li. seit 3 Wochen, Lasègue positiv bei 40°. Bandscheibenvorfall L4/5?",
        ("MRT LWS", "Orthopädie", "Lumboischialgie", "Lasègue", "Bandscheibenvorfall", "L4/5"),
    ),
    (
        "de02",
        "de",
        "(0008,0080) InstitutionName: ⟦INSTITUTION:Ev. Diakonissenkrankenhaus Flensburg⟧\n"
        "(0008,0090) ReferringPhysicianName: ⟦PERSON:Brodersen^Hauke⟧\n"
        "(0010,0010) PatientName: ⟦PERSON:Petersen^Inke⟧\n"
        "(0010,0020) PatientID: ⟦ID:DKF0093321⟧\n"
        "(0010,0030) PatientBirthDate: ⟦DATE:19620311⟧\n"
        "(0008,1030) StudyDescription: CT Thorax KM Lungenembolie\n"
        "(0018,0050) SliceThickness: 1.25\n"
        "(0008,1090) ManufacturerModelName: SOMATOM go.Top",
        (
            "StudyDescription",
            "CT Thorax KM",
            "Lungenembolie",
            "SliceThickness",
            "SOMATOM go.Top",
            "ManufacturerModelName",
            "ReferringPhysicianName",
        ),
    ),
    (
        "de03",
        "de",
        "Sehr geehrte Frau Kollegin ⟦PERSON:Wiśniewska⟧,\nwir berichten über Ihren Patienten Herrn "
        "⟦PERSON:Konstantin Reuß⟧, geb. am ⟦DATE:3. Februar 1954⟧, wohnhaft ⟦ADDRESS:Am Lindenhof 7, 34117 Kassel⟧. "
        "Voraufnahme vom ⟦DATE:22.08.2024⟧ aus der ⟦INSTITUTION:Radiologischen Gemeinschaftspraxis am Ständeplatz⟧ "
        "lag zum Vergleich vor. Unverändert Morbus Paget des Os ilium rechts, keine neue Osteolyse. "
        "Empfehlung: Verlaufskontrolle in 12 Monaten, alternativ Szintigraphie.",
        ("Morbus Paget", "Os ilium", "Osteolyse", "Verlaufskontrolle", "Szintigraphie", "12 Monaten"),
    ),
    (
        "de04",
        "de",
        "Interdisziplinäre Tumorkonferenz Thorax, ⟦DATE:Mi. 05.03.2025⟧, 15:30 Uhr, Raum 2.114\n"
        "Vorgestellt: ⟦PERSON:Halvorsen, Birgit⟧ (72 J.), Fallnr. ⟦ID:0025031187⟧\n"
        "Anwesend: Prof. ⟦PERSON:Gerstenmaier⟧ (Pneumologie), Dr. ⟦PERSON:Nwosu⟧ (Thoraxchirurgie), "
        "OÄ ⟦PERSON:Ilse Kranich⟧ (Radiologie)\n"
        "Befund: Adenokarzinom rechter Oberlappen, cT2a cN1 M0, PD-L1 60 %. Beschluss: Lobektomie nach PET-CT.",
        ("15:30 Uhr", "Raum 2.114", "Thoraxchirurgie", "Adenokarzinom", "cT2a cN1 M0", "PD-L1", "Lobektomie"),
    ),
    (
        "de05",
        "de",
        "Telefonat ⟦DATE:17.01.2025⟧ 11:05: Befund CT Abdomen (Perforation, freie Luft subphrenisch) telefonisch "
        "an Stationsarzt ⟦PERSON:Yannick Olbrich⟧, Chirurgie Station 4B, Piepser ⟦PHONE:3317⟧ durchgegeben. "
        "Rückruf des Oberarztes Dr. ⟦PERSON:Schäfer-Lindqvist⟧ über ⟦PHONE:0231 953-18420⟧. Patientin "
        "⟦PERSON:Rosemarie Kühn⟧, ⟦AGE:91⟧ J., aus dem ⟦INSTITUTION:Pflegeheim Haus Abendfrieden⟧.",
        ("11:05", "CT Abdomen", "freie Luft", "subphrenisch", "Chirurgie Station 4B", "Oberarztes", "Perforation"),
    ),
    (
        "de06",
        "de",
        "Auftragsnr;Name;Vorname;Geb.-Datum;Untersuchung;Modalität;Termin\n"
        "⟦ID:A25-0448172⟧;⟦PERSON:Dąbrowski⟧;⟦PERSON:Krzysztof⟧;⟦DATE:1988-09-30⟧;MRT Knie re.;MR;"
        "⟦DATE:2025-04-14⟧ 08:40\n"
        "⟦ID:A25-0448190⟧;⟦PERSON:Baumann⟧;⟦PERSON:Henrike⟧;⟦DATE:1951-12-02⟧;Mammographie bds.;MG;"
        "⟦DATE:2025-04-14⟧ 09:15",
        ("Modalität", "MRT Knie re.", "Mammographie bds.", "08:40", "09:15", "Auftragsnr", "Geb.-Datum"),
    ),
    (
        "de07",
        "de",
        "Entlassungsbrief – ⟦INSTITUTION:Helios Klinikum Pforzheim⟧, Klinik für Innere Medizin\n"
        "Patient: Herr ⟦PERSON:Aurelio Santangelo⟧, geb. ⟦DATE:09.11.1947⟧, Versichertennr. ⟦ID:K884213097⟧\n"
        "Aufenthalt: ⟦DATE:02.02.⟧–⟦DATE:11.02.2025⟧. Diagnosen: Pneumonie re. Unterlappen, Herzinsuffizienz "
        "NYHA III. Im Röntgen-Thorax vom ⟦DATE:10.02.⟧ Rückgang der Infiltrate. Hausarzt: Dr. "
        "⟦PERSON:Fenja Marquardt⟧, ⟦ADDRESS:Durlacher Str. 12, Pforzheim⟧.",
        ("Innere Medizin", "Pneumonie", "Unterlappen", "Herzinsuffizienz", "NYHA III", "Röntgen-Thorax", "Infiltrate"),
    ),
    (
        "de08",
        "de",
        "Nachtrag vom ⟦DATE:28.05.2025⟧ (Dr. ⟦PERSON:Tobias Wendelstein⟧): Nach Rücksprache mit Herrn "
        "⟦PERSON:Ferhat Kılıç⟧ (Sohn der Patientin, Tel. ⟦PHONE:0176 44821930⟧) wurde die Voraufnahme aus dem "
        "⟦INSTITUTION:MVZ Radiologie Oberhausen-Sterkrade⟧ nachgereicht. Der Rundherd im Segment 6 links ist dort "
        "bereits 2021 mit 7 mm beschrieben, damit größenkonstant; nach Fleischner-Kriterien keine weitere Kontrolle.",
        ("Voraufnahme", "Rundherd", "Segment 6", "2021", "7 mm", "Fleischner-Kriterien"),
    ),
    (
        "de09",
        "de",
        "Mit freundlichen kollegialen Grüßen\n\nPD Dr. med. ⟦PERSON:Leonore Wachtendorf⟧\n"
        "Chefärztin Diagnostische und Interventionelle Radiologie\n"
        "⟦INSTITUTION:St. Marien-Hospital Vechta⟧ · ⟦ADDRESS:Marienstraße 6–8 · 49377 Vechta⟧\n"
        "Tel. ⟦PHONE:04441 99-1301⟧ · Fax ⟦PHONE:04441 99-1309⟧ · ⟦EMAIL:radiologie@marienhospital-vechta.de⟧\n"
        "Kopie: Dr. ⟦PERSON:Hinrichs⟧ (Hausarzt), Patient",
        ("Chefärztin", "Diagnostische und Interventionelle Radiologie", "Hausarzt", "Kopie"),
    ),
    (
        "de10",
        "de",
        "Befund: Zum Vergleich liegt eine MRT vom ⟦DATE:Oktober 2023⟧ aus der Praxis Dr. "
        "⟦PERSON:Hoffmann-Okafor⟧ vor. Bekannte Baker-Zyste medial, größenprogredient auf 4,1 cm. Innenmeniskus-"
        "Hinterhorn mit Grad-III-Signal (Stoller). Knorpel retropatellar Outerbridge II. Kein Hinweis auf Morbus "
        "Ahlbäck. Patientin ⟦PERSON:Swantje Overbeck⟧, Termin zur Punktion am ⟦DATE:12. Juni⟧ um 10:20 Uhr.",
        ("Baker-Zyste", "Hinterhorn", "Stoller", "Outerbridge II", "Morbus Ahlbäck", "10:20 Uhr"),
    ),
    (
        "de11",
        "de",
        "⟦INSTITUTION:Radiologie Nürnberg-Nord⟧ · ⟦ADDRESS:Bucher Straße 88a, 90419 Nürnberg⟧\n"
        "Frau\n⟦PERSON:Aleksandra Petrović⟧\n⟦ADDRESS:Wurzelbauerstr. 3⟧\n⟦ADDRESS:90409 Nürnberg⟧\n"
        "Ihr Termin: ⟦DATE:Donnerstag, 20. März 2025⟧, 07:45 Uhr, MRT Schulter links (3 Tesla). Bitte bringen Sie "
        "Ihre Versichertenkarte, die Überweisung und Vorbefunde mit. Nüchternheit ist nicht erforderlich. "
        "Terminabsage bitte unter ⟦PHONE:0911 377 405-0⟧.",
        ("07:45 Uhr", "MRT Schulter", "3 Tesla", "Versichertenkarte", "Überweisung", "Nüchternheit"),
    ),
    (
        "de12",
        "de",
        "WL | ⟦DATE:07.04.2025⟧ | CT2 (Revolution Apex)\n"
        "08:00 | ⟦PERSON:Zimmermann, Ludger⟧ | ⟦DATE:21.06.1939⟧ | ⟦ID:7712094⟧ | CT Schädel nativ | Sturz, Marcumar\n"
        "08:20 | ⟦PERSON:Hadžić, Emina⟧ | ⟦DATE:02.10.1990⟧ | ⟦ID:7712311⟧ | CT Angio Hals | "
        "Dissektion? Horner-Syndrom\n"
        "08:40 | ⟦PERSON:Oyelaran, Tunde⟧ | ⟦DATE:15.05.1968⟧ | ⟦ID:7712350⟧ | CT Thorax LD | Screening",
        ("Revolution Apex", "CT Schädel", "Marcumar", "08:20", "CT Angio Hals", "Dissektion", "Horner-Syndrom"),
    ),
    (
        "de13",
        "de",
        "Von: ⟦PERSON:Carolin Esterházy⟧ <⟦EMAIL:c.esterhazy@uniklinik-rostock.de⟧>\n"
        "Gesendet: ⟦DATE:Freitag, 14. Februar 2025⟧ 16:12\nAn: Sekretariat Neuroradiologie\n"
        "Betreff: AW: Thrombektomie ⟦PERSON:Grzegorz W.⟧, Aufnahme-Nr. ⟦ID:2502140077⟧\n"
        "Hallo zusammen, der Patient wurde nach TICI 2b verlegt, ASPECTS 8. Bitte die Bilder an die Stroke Unit "
        "der ⟦INSTITUTION:Sana Kliniken Lübeck⟧ schicken. Gruß ⟦PERSON:C. E.⟧",
        ("16:12", "Sekretariat Neuroradiologie", "Thrombektomie", "TICI 2b", "ASPECTS 8", "Stroke Unit", "Bilder"),
    ),
    (
        "de14",
        "de",
        "Übergabe Nachtdienst an Dr. ⟦PERSON:Amelie Vogt⟧, 07:30 Uhr. Offen: 1) Hr. ⟦PERSON:Lindemann⟧ "
        "(⟦AGE:94⟧ J.) – Röntgen Thorax liegend nach ZVK-Anlage V. jugularis interna re., Lage ok, kein "
        "Pneumothorax. 2) Fr. ⟦PERSON:Demir-Schulte⟧, Schockraum 01:40 Uhr, Polytrauma-CT: Milzlazeration "
        "AAST Grad III; Befund mündlich an Unfallchirurgie (Dr. ⟦PERSON:Ngata⟧) übermittelt.",
        (
            "07:30 Uhr",
            "ZVK-Anlage",
            "V. jugularis interna",
            "Pneumothorax",
            "Schockraum",
            "Milzlazeration",
            "AAST Grad III",
            "Unfallchirurgie",
        ),
    ),
    (
        "de15",
        "de",
        "Abrechnung GOÄ: Ziff. 5700, 5731, 346 · Kostenträger: Privat · Rechnungsempfänger: "
        "⟦PERSON:Gisela Hornbostel⟧ (Ehefrau), ⟦ADDRESS:Schwanthalerstr. 104, 80336 München⟧ · Versicherungsnr. "
        "⟦ID:BK-19570221-04⟧ · Behandlungszeitraum ⟦DATE:03.–05.06.2025⟧ · Leistung: MRT Schädel mit KM "
        "(Gadobutrol 7,5 ml), DWI, SWI, FLAIR 3D",
        ("GOÄ", "Ziff. 5700", "Kostenträger", "Gadobutrol", "DWI, SWI", "FLAIR 3D"),
    ),
    (
        "de16",
        "de",
        "Patient ⟦PERSON:Levent Şahin⟧, 17 Jahre, Sportunfall am ⟦DATE:01.09.2025⟧. MRT HWS: Keine Fraktur, kein "
        "Myelonödem. Bandscheibenprotrusion C5/6 ohne Neurokompression. Inzidentell Tornwaldt-Zyste des "
        "Nasopharynx. Die Mutter, Frau ⟦PERSON:Nurcan Şahin⟧, wurde informiert (Tel. ⟦PHONE:+49 152 08871643⟧). "
        "Untersuchung am Ingenia Elition 3.0T, Sequenzen T2 TSE sag, STIR, T1 tra.",
        (
            "17 Jahre",
            "MRT HWS",
            "Myelonödem",
            "C5/6",
            "Tornwaldt-Zyste",
            "Ingenia Elition 3.0T",
            "STIR",
            "Sportunfall",
            "T2 TSE sag",
        ),
    ),
    (
        "de17",
        "de",
        "Telekonsil ⟦DATE:23.11.2024⟧, 22:50 Uhr, angefordert von Assistenzarzt ⟦PERSON:Jonas Pütz⟧ aus dem "
        "⟦INSTITUTION:Krankenhaus Bethanien Moers⟧ (Neurologie). CT-Perfusion: Mismatch im Mediastromgebiet links, "
        "Tmax-Volumen 64 ml, Core 9 ml. Empfehlung: Verlegung zur Thrombektomie in das "
        "⟦INSTITUTION:Alfried Krupp Krankenhaus Essen⟧. Patientenkennung Teleradiologie ⟦ID:TR-88-31906⟧.",
        ("22:50 Uhr", "Neurologie", "CT-Perfusion", "Mismatch", "Mediastromgebiet", "Tmax-Volumen", "Core 9 ml"),
    ),
    (
        "de18",
        "de",
        "PACS-Import\tStatus\tQuelle\n"
        "⟦DATE:2025-02-11⟧T09:14:03\tOK\tCD ⟦INSTITUTION:Kreiskrankenhaus Grevenbroich⟧, Pat. "
        "⟦PERSON:SCHWEIGHÖFER^MARTINA⟧, Acc ⟦ID:GV2502110031⟧, 412 Bilder (CT Becken)\n"
        "⟦DATE:2025-02-11⟧T09:20:47\tFEHLER\tDICOM-Tag (0010,0030) leer; Rückfrage bei Hrn. ⟦PERSON:Ostrowski⟧ "
        "(IT, Durchwahl ⟦PHONE:4471⟧)",
        ("PACS-Import", "FEHLER", "(0010,0030)", "412 Bilder", "CT Becken", "Durchwahl", "09:20:47"),
    ),
    (
        "de19",
        "de",
        "Mammographie-Screening-Einheit ⟦INSTITUTION:Weser-Ems Nord⟧, Screening-ID ⟦ID:WEN-2025-0031877⟧. Frau "
        "⟦PERSON:Henny de Vries⟧, 58 J. Vergleich mit Voraufnahmen ⟦DATE:03/2023⟧. Befund: ACR-Dichte C, rechts "
        "oben außen gruppierter Mikrokalk über 8 mm, BI-RADS 4a. Empfehlung: Vakuumbiopsie unter Tomosynthese. "
        "Zweitbefunderin: Dr. ⟦PERSON:Wübbena⟧.",
        ("58 J.", "ACR-Dichte C", "Mikrokalk", "BI-RADS 4a", "Vakuumbiopsie", "Tomosynthese", "Screening-ID", "8 mm"),
    ),
)

_AT = (
    (
        "at01",
        "de",
        "Untersuchungsdatum: ⟦DATE:12.01.2025⟧  Zuweisung: ⟦INSTITUTION:PVE Graz-Lend⟧ (Primärversorgung)\n"
        "Pat.: ⟦PERSON:Pichler, Florentina⟧  SVNR: ⟦ID:3391 150763⟧  Aufn.-Zl.: ⟦ID:25-000418⟧\n"
        "Zuw. Arzt: Dr. ⟦PERSON:Gottfried Url⟧, Allgemeinmedizin, ⟦ADDRESS:Annenstraße 28, 8020 Graz⟧\n"
        "Leistung: Sono Abdomen, Fragestellung Cholezystolithiasis? Murphy-Zeichen positiv.",
        (
            "Primärversorgung",
            "Allgemeinmedizin",
            "Sono Abdomen",
            "Cholezystolithiasis",
            "Murphy-Zeichen",
            "Untersuchungsdatum",
            "Leistung",
        ),
    ),
    (
        "at02",
        "de",
        "Klinische Angaben: ⟦AGE:92⟧-jährige Patientin aus dem ⟦INSTITUTION:Pflegewohnhaus Rudolfsheim-Fünfhaus⟧, "
        "Sturz am ⟦DATE:26. Dezember⟧. CT Becken/Hüfte li.: Dislozierte Schenkelhalsfraktur Garden IV links. "
        "Voruntersuchung ⟦DATE:Jänner 2024⟧ (⟦INSTITUTION:Hanusch-Krankenhaus⟧) zeigte eine Koxarthrose "
        "Kellgren-Lawrence 3. Befund telefonisch an Unfallchirurgie, OA Dr. ⟦PERSON:Maximilian Hörtnagl⟧, 14:35 Uhr.",
        ("CT Becken", "Schenkelhalsfraktur", "Garden IV", "Koxarthrose", "Kellgren-Lawrence 3", "14:35 Uhr"),
    ),
    (
        "at03",
        "de",
        "Sehr geehrter Herr Kollege ⟦PERSON:Gruber⟧! Wir berichten über Ihre Patientin Frau "
        "⟦PERSON:Zeynep Aksoy-Haider⟧, geb. ⟦DATE:4. Jänner 1983⟧, die sich am ⟦DATE:17.02.2025⟧ in unserer "
        "Ambulanz zur MR-Mammographie vorstellte. Nach Gabe von Gadoteridol zeigt sich ein Non-mass-Enhancement "
        "rechts, Typ-II-Kurve, BI-RADS MRT 4. Rückfragen unter ⟦PHONE:+43 1 40400-56210⟧ oder "
        "⟦EMAIL:mamma-ambulanz@meduniwien.ac.at⟧.",
        ("Ambulanz", "MR-Mammographie", "Gadoteridol", "Non-mass-Enhancement", "Typ-II-Kurve", "BI-RADS MRT 4"),
    ),
    (
        "at04",
        "de",
        "InstitutionName      ⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧\n"
        "InstitutionAddress   ⟦ADDRESS:Auenbruggerplatz 9, 8036 Graz⟧\n"
        "PerformingPhysician  ⟦PERSON:Kainz^Elisabeth⟧\n"
        "OperatorsName        ⟦PERSON:Trummer^R⟧\n"
        "PatientName          ⟦PERSON:Weissenbacher^Alois^Johann⟧\n"
        "PatientSex           M\n"
        "PatientAge           ⟦AGE:093⟧Y\n"
        "AccessionNumber      ⟦ID:GZ25A0017734⟧\n"
        "BodyPartExamined     CHEST\n"
        "ProtocolName         Thorax_Routine_iDose4",
        (
            "InstitutionAddress",
            "PatientSex",
            "AccessionNumber",
            "BodyPartExamined",
            "CHEST",
            "Thorax_Routine_iDose4",
            "PerformingPhysician",
            "OperatorsName",
        ),
    ),
    (
        "at05",
        "de",
        "Tumorboard HNO, ⟦INSTITUTION:Tirol Kliniken⟧, ⟦DATE:Di., 25.02.2025⟧\n"
        "Patient: ⟦PERSON:Egger Johann⟧, *⟦DATE:07.08.1958⟧, Fallzahl ⟦ID:9020587731⟧\n"
        "Bildgebung: PET-CT (⟦DATE:18.02.⟧): Oropharynxkarzinom Tonsille li., p16 positiv, cT2 cN1 (AJCC 8). "
        "Lymphknoten Level IIa li. 22 mm.\nEmpfehlung: primäre Radiochemotherapie, Zahnsanierung vorab. "
        "Protokoll: Ass. Dr. ⟦PERSON:Theresa Obwexer⟧",
        ("HNO", "PET-CT", "Oropharynxkarzinom", "p16 positiv", "AJCC 8", "Level IIa", "Radiochemotherapie"),
    ),
    (
        "at06",
        "de",
        "Telefonnotiz ⟦DATE:03.04.2025⟧ 09:10 – Anruf von Schwester ⟦PERSON:Marlies⟧ (Station 3 Nord, Klappe "
        "⟦PHONE:2245⟧): Patient ⟦PERSON:Ivan Horvat⟧ hat nach KM-Gabe (Iomeron 350) eine Urtikaria entwickelt, "
        "Antihistaminikum verabreicht. Rückmeldung an Dr. ⟦PERSON:Lechner-Bauer⟧. Kontakt Angehörige: Tochter "
        "⟦PERSON:Mirela Horvat⟧, ⟦PHONE:0664 3185 207⟧.",
        ("09:10", "Station 3 Nord", "KM-Gabe", "Iomeron 350", "Urtikaria", "Antihistaminikum", "Telefonnotiz"),
    ),
    (
        "at07",
        "de",
        "⟦INSTITUTION:Diagnosezentrum Meidling⟧\n⟦ADDRESS:Schönbrunner Schloßstraße 40, 1120 Wien⟧\n\n"
        "Herrn ⟦PERSON:Dragan Stojković⟧\n⟦ADDRESS:Gaudenzdorfer Gürtel 11/4/17, 1120 Wien⟧\n"
        "Datum: ⟦DATE:2. April 2025⟧\nBetreff: Terminbestätigung CT Koronarangiographie (Calcium-Score) am "
        "⟦DATE:16.04.2025⟧, 13:30 Uhr. Bitte 4 Stunden vorher nüchtern, Metformin 48 h pausieren, aktuellen "
        "Kreatininwert (eGFR) mitbringen.",
        ("CT Koronarangiographie", "Calcium-Score", "13:30 Uhr", "4 Stunden", "Metformin", "eGFR"),
    ),
    (
        "at08",
        "de",
        "Zl.|Name|GebDat|Station|Unters.|Befunder\n"
        "1|⟦PERSON:Mayrhofer Rosa⟧|⟦DATE:11.03.1931⟧|Geriatrie|Rö Thorax ap|⟦PERSON:Pfeifer S.⟧\n"
        "2|⟦PERSON:Al-Khatib Samir⟧|⟦DATE:30.10.1976⟧|Int. Intensiv|CT Thorax|⟦PERSON:Reisinger M.⟧\n"
        "3|⟦PERSON:Strobl Valentina⟧|⟦DATE:08.06.2001⟧|Gyn Amb.|Sono Mamma|⟦PERSON:Pfeifer S.⟧",
        ("Befunder", "Geriatrie", "Rö Thorax ap", "Int. Intensiv", "Gyn Amb.", "Sono Mamma", "GebDat"),
    ),
    (
        "at09",
        "de",
        "Sehr geehrte Damen und Herren, anbei die Bilder von Herrn ⟦PERSON:Wolfgang Neururer⟧ (SV-Nr. "
        "⟦ID:4417 220559⟧) zur Zweitmeinung (Spondylodiszitis Th11/12?). Download-Link: "
        "⟦URL:https://bildportal.rz-zillertal.at/share/9QkT4x⟧ (gültig bis ⟦DATE:30.06.2025⟧, Code ⟦ID:771-903⟧). "
        "Mit freundlichen Grüßen, ⟦PERSON:Sabine Knapp⟧, MTRA, ⟦INSTITUTION:Röntgeninstitut Zillertal⟧, "
        "⟦PHONE:05282 2219 13⟧",
        ("Zweitmeinung", "Spondylodiszitis", "Th11/12", "Download-Link", "gültig bis", "MTRA", "Code"),
    ),
    (
        "at10",
        "de",
        "MRT LWS vom ⟦DATE:09.05.2025⟧, Vergleich: ⟦INSTITUTION:Röntgeninstitut Schnopfhagen Linz⟧ vom "
        "⟦DATE:11/2022⟧. Modic-Typ-I-Veränderungen L5/S1 neu, Spondylolisthese Meyerding I unverändert. Keine "
        "Spinalkanalstenose nach Schizas. Conus medullaris auf Höhe L1. Pat. ⟦PERSON:Hannelore Kopetzky⟧, "
        "⟦ADDRESS:4040 Linz⟧.",
        ("MRT LWS", "Modic-Typ-I", "L5/S1", "Meyerding I", "Schizas", "Conus medullaris", "Spinalkanalstenose"),
    ),
    (
        "at11",
        "de",
        "Transferierung aus dem ⟦INSTITUTION:KH der Elisabethinen⟧ am ⟦DATE:21.01.2025⟧, RTW-Protokoll Nr. "
        "⟦ID:RK-2501-84412⟧ (⟦INSTITUTION:Rotes Kreuz Klagenfurt⟧). Patientin ⟦PERSON:Annemarie Wutte⟧, "
        "⟦AGE:90⟧ Jahre. Hirnblutung (ICB) thalamisch rechts, 18 ml, mit Ventrikeleinbruch, ICH-Score 3. "
        "Erwachsenenvertreterin: Mag. ⟦PERSON:Ingrid Pucher⟧, ⟦PHONE:0463 512 887⟧.",
        ("RTW-Protokoll", "Hirnblutung", "thalamisch", "18 ml", "Ventrikeleinbruch", "ICH-Score 3"),
    ),
    (
        "at12",
        "de",
        "Vidiert: OA Dr. ⟦PERSON:Stefan Moosbrugger⟧ / befundet: Ass. Dr. ⟦PERSON:Lejla Begić⟧\n"
        "⟦INSTITUTION:Landeskrankenhaus Feldkirch⟧, Institut für Radiologie\n"
        "⟦ADDRESS:Carinagasse 47, 6800 Feldkirch⟧ · T ⟦PHONE:+43 5522 303-1100⟧ · ⟦URL:www.landeskrankenhaus.at⟧\n"
        "Diktiert ⟦DATE:14.03.2025⟧ 10:41, freigegeben ⟦DATE:14.03.2025⟧ 12:02. Befund-ID ⟦ID:FK-RAD-25-006613⟧",
        ("Vidiert", "Institut für Radiologie", "Diktiert", "10:41", "freigegeben", "12:02", "Befund-ID"),
    ),
    (
        "at13",
        "de",
        "PTA/Stent der A. femoralis superficialis li. am ⟦DATE:07.02.2025⟧. Operateur: Prim. Dr. "
        "⟦PERSON:Heinrich Zechmeister⟧, Assistenz: ⟦PERSON:Kerstin Ploner⟧ (RT). Material: Zilver PTX 6×80 mm, "
        "Mustang-Ballon 5×60. Punktion A. femoralis communis re. (Crossover), Verschluss mit Angio-Seal 6F. "
        "Rutherford 3 → 1. Patient ⟦PERSON:Hrvoje Marić⟧, Aufnahmezahl ⟦ID:2025/0034451⟧.",
        ("A. femoralis superficialis", "Zilver PTX", "Mustang-Ballon", "Crossover", "Angio-Seal 6F", "Rutherford 3"),
    ),
    (
        "at14",
        "de",
        "Kinderradiologie: Sonographie Hüfte bds. nach Graf bei ⟦PERSON:Lina Steinwender⟧, 6 Wochen alt, geb. "
        "⟦DATE:19.12.2024⟧. Rechts Typ Ia, links Typ IIa (Alpha 55°). Kontrolle in 4 Wochen. Mutter "
        "⟦PERSON:Verena Steinwender⟧ und Vater ⟦PERSON:Dominik Haas⟧ anwesend. Kinderärztin: Dr. "
        "⟦PERSON:Graf-Oberhuber⟧, ⟦ADDRESS:Hauptplatz 5, 2700 Wiener Neustadt⟧.",
        ("Kinderradiologie", "nach Graf", "6 Wochen alt", "Typ Ia", "Typ IIa", "Alpha 55°"),
    ),
    (
        "at15",
        "de",
        "--\nMag.a ⟦PERSON:Johanna Feurstein⟧\nQualitätsmanagement | ⟦INSTITUTION:Ordensklinikum Linz Barmherzige "
        "Schwestern⟧\n⟦ADDRESS:Seilerstätte 4, 4010 Linz⟧\nTel.: ⟦PHONE:+43 732 7677-7219⟧ | Mobil: "
        "⟦PHONE:+43 664 88 421 903⟧\n⟦EMAIL:johanna.feurstein@ordensklinikum.at⟧ | ⟦URL:https://www.ordensklinikum.at⟧\n"
        "Betreff: Fehlbefundung Pat.-ID ⟦ID:OKL-7719204⟧ – CIRS-Meldung, Schweregrad 2",
        ("Qualitätsmanagement", "Mobil", "Fehlbefundung", "CIRS-Meldung", "Schweregrad 2"),
    ),
    (
        "at16",
        "de",
        "CT Thorax: Bekannter Morbus Bechterew mit Bambusstab-Wirbelsäule, keine Fraktur Th8–Th10. Lunge: apikale "
        "Fibrose. Zufallsbefund: Morgagni-Hernie rechts parakardial. Vergleich mit Aufnahmen des "
        "⟦INSTITUTION:Klinikum Klagenfurt am Wörthersee⟧ vom ⟦DATE:15. März 2022⟧. Patient ⟦PERSON:Siegfried Ogris⟧, "
        "⟦ADDRESS:Villacher Straße 210, 9020 Klagenfurt⟧, ÖGK, SVNR ⟦ID:2277 140351⟧.",
        ("Morbus Bechterew", "Bambusstab-Wirbelsäule", "Th8–Th10", "apikale Fibrose", "Morgagni-Hernie", "parakardial"),
    ),
    (
        "at17",
        "de",
        "Dienstübergabe 19:00 Uhr, Intensivstation 1 – Bett 4: ⟦PERSON:Huber, Leopoldine⟧, ⟦AGE:96⟧a, Rö-Kontrolle "
        "nach Pleuradrainage (Bülau) li., Restpneu apikal 1,5 cm. Bett 7: ⟦PERSON:Kapferer, Elias⟧, 34a, SHT, "
        "CCT-Kontrolle 22:00 geplant. Diensthabender Radiologe: Dr. ⟦PERSON:Rainer Pötscher⟧, Funk ⟦PHONE:7180⟧.",
        (
            "19:00 Uhr",
            "Intensivstation 1",
            "Pleuradrainage",
            "Bülau",
            "Restpneu",
            "34a",
            "CCT-Kontrolle",
            "Bett 7",
            "22:00",
        ),
    ),
    (
        "at18",
        "de",
        "Chefärztliche Bewilligung, GZ ⟦ID:BV-25-118930-K⟧, vom ⟦DATE:06.03.2025⟧: MRT Kniegelenk rechts für Frau "
        "⟦PERSON:Ljubica Tadić⟧, VSNR ⟦ID:6619 280872⟧, bewilligt. Vertragsradiologie: "
        "⟦INSTITUTION:Radiologie Salzburg-Süd⟧, ⟦ADDRESS:Alpenstraße 92, 5020 Salzburg⟧. Gültig 3 Monate ab "
        "Ausstellung; Überweiser Dr. ⟦PERSON:Emanuel Rieder⟧.",
        ("Chefärztliche Bewilligung", "MRT Kniegelenk", "bewilligt", "Vertragsradiologie", "3 Monate", "Überweiser"),
    ),
    (
        "at19",
        "de",
        "Röntgen Hand li. in 2 Ebenen, ⟦DATE:10.10.2024⟧: Distale Radiusfraktur extraartikulär (AO 23-A2), "
        "Colles-Typ, dorsale Abkippung 25°. Begleitend Abrissfraktur Proc. styloideus ulnae. Gips angelegt "
        "(Unfallambulanz). Zuweiser: ⟦INSTITUTION:AUVA-Unfallkrankenhaus Steiermark⟧. Pat. ⟦PERSON:Kristóf Nagy⟧ "
        "(⟦AGE:101⟧ J.), Kontakt Pflegeheim ⟦INSTITUTION:Seniorenzentrum Kapfenberg⟧, ⟦PHONE:03862 22 411⟧.",
        (
            "Röntgen Hand",
            "2 Ebenen",
            "Radiusfraktur",
            "AO 23-A2",
            "Colles-Typ",
            "Proc. styloideus ulnae",
            "Unfallambulanz",
        ),
    ),
)

_CH = (
    (
        "ch01",
        "de",
        "Auftrag-Nr. ⟦ID:RAD-2025-441187⟧ | ⟦INSTITUTION:Kantonsspital Baden⟧ | Eingang ⟦DATE:13.02.2025⟧\n"
        "Patient/in: ⟦PERSON:Bühlmann-Kälin, Regula⟧, ⟦DATE:23.04.1949⟧, AHV ⟦ID:756.4417.2290.51⟧\n"
        "Zuweisende/r: Dr. med. ⟦PERSON:Urs Schnyder⟧, ⟦INSTITUTION:Hausarztpraxis Limmatfeld⟧, ⟦ADDRESS:Dietikon⟧\n"
        "Untersuchung: CT Thorax-Abdomen mit KM, Frage: Staging Kolonkarzinom (pT3 pN1).",
        ("Eingang", "Zuweisende/r", "CT Thorax-Abdomen", "Staging", "Kolonkarzinom", "pT3 pN1", "Frage"),
    ),
    (
        "ch02",
        "de",
        "Befund MRI Schulter rechts vom ⟦DATE:3.3.2025⟧: Transmurale Ruptur der Supraspinatussehne, Retraktion "
        "Patte II, Fettinfiltration Goutallier 2. Hill-Sachs-Delle dorsal. Vergleich mit Arthro-MRI "
        "⟦DATE:Sept. 2021⟧ aus der ⟦INSTITUTION:Schulthess Klinik⟧. UVG-Fall, Schadennummer ⟦ID:25.04417.31.2⟧. "
        "Pat. ⟦PERSON:Beat Zwahlen⟧, Landwirt, ⟦ADDRESS:3555 Trubschachen⟧.",
        (
            "MRI Schulter",
            "Supraspinatussehne",
            "Patte II",
            "Goutallier 2",
            "Hill-Sachs-Delle",
            "Arthro-MRI",
            "Landwirt",
        ),
    ),
    (
        "ch03",
        "de",
        "Liebe Kollegin, lieber Kollege\nBesten Dank für die Zuweisung von Herrn ⟦PERSON:Reto Caduff⟧, "
        "*⟦DATE:17.09.1966⟧, wohnhaft in ⟦ADDRESS:Ilanz⟧. Die Skelettszintigraphie vom ⟦DATE:20. Januar 2025⟧ zeigt "
        "eine Mehrspeicherung im Os naviculare links, passend zu einer Stressfraktur; im MRI (STIR) "
        "Knochenmarködem ohne Frakturlinie. Mit freundlichen Grüssen\nDr. med. ⟦PERSON:Seraina Cathomen⟧, "
        "Leitende Ärztin Nuklearmedizin, ⟦INSTITUTION:KSGR⟧",
        (
            "Skelettszintigraphie",
            "Mehrspeicherung",
            "Os naviculare",
            "Stressfraktur",
            "Knochenmarködem",
            "Nuklearmedizin",
        ),
    ),
    (
        "ch04",
        "de",
        "Tumorboard Neuroonkologie ⟦INSTITUTION:Inselspital⟧, ⟦DATE:10.04.2025⟧\n"
        "⟦PERSON:Amstutz Priska⟧ (⟦DATE:02.02.1971⟧), PID ⟦ID:5102774⟧: Glioblastom IDH-Wildtyp, MGMT methyliert, "
        "Stupp-Schema abgeschlossen. MRI: neue KM-Aufnahme periventrikulär, RANO: Progress vs. Pseudoprogression, "
        "rCBV erhöht (2,8). Beschluss: Re-Resektion, Vorstellung bei PD Dr. ⟦PERSON:Kaspar Wyss⟧ (Neurochirurgie).",
        ("Neuroonkologie", "Glioblastom", "IDH-Wildtyp", "Stupp-Schema", "RANO", "Pseudoprogression", "rCBV"),
    ),
    (
        "ch05",
        "de",
        "PatNr,Name,Vorname,Geburtsdatum,PLZ,Ort,Unt,Datum\n"
        "⟦ID:880314⟧,⟦PERSON:Gashi⟧,⟦PERSON:Arben⟧,⟦DATE:1992-07-14⟧,⟦ADDRESS:8400⟧,⟦ADDRESS:Winterthur⟧,"
        "CT_SCHAEDEL,⟦DATE:2025-01-09⟧\n"
        "⟦ID:880529⟧,⟦PERSON:Frischknecht⟧,⟦PERSON:Margrit⟧,⟦DATE:1934-11-30⟧,⟦ADDRESS:8406⟧,⟦ADDRESS:Winterthur⟧,"
        "RX_THORAX_PA_LAT,⟦DATE:2025-01-09⟧",
        ("PatNr", "Geburtsdatum", "PLZ", "CT_SCHAEDEL", "RX_THORAX_PA_LAT", "Vorname"),
    ),
    (
        "ch06",
        "de",
        "Telefonische Befundmitteilung ⟦DATE:05.06.2025⟧ 17:20 an die Hausärztin Dr. med. ⟦PERSON:Franziska Imhof⟧ "
        "(⟦PHONE:041 760 22 18⟧): Lungenembolie segmental rechts basal, RV/LV-Ratio 0,8, keine "
        "Rechtsherzbelastung. Patient ⟦PERSON:Mario Tschopp⟧ selbst informiert, Rivaroxaban gemäss Wells-Score. "
        "Rückruf der ⟦INSTITUTION:Spitex Zug⟧ durch Pflegefachfrau ⟦PERSON:Nadja Iten⟧.",
        (
            "17:20",
            "Lungenembolie",
            "RV/LV-Ratio",
            "Rechtsherzbelastung",
            "Rivaroxaban",
            "Wells-Score",
            "Pflegefachfrau",
        ),
    ),
    (
        "ch07",
        "de",
        "0008,0080 InstitutionName = ⟦INSTITUTION:Hirslanden Klinik Aarau⟧\n"
        "0008,1040 InstitutionalDepartmentName = Radiologie\n"
        "0010,0010 PatientName = ⟦PERSON:VONLANTHEN^ELSBETH⟧\n"
        "0010,1000 OtherPatientIDs = ⟦ID:HKA-00931-27⟧\n"
        "0010,1010 PatientAge = ⟦AGE:097⟧Y\n"
        "0008,0020 StudyDate = ⟦DATE:20250227⟧\n"
        "0018,1030 ProtocolName = ⟦INSTITUTION:Hirslanden⟧_Abd_DualEnergy\n"
        "0018,0087 MagneticFieldStrength = 0",
        (
            "InstitutionalDepartmentName",
            "Radiologie",
            "OtherPatientIDs",
            "_Abd_DualEnergy",
            "MagneticFieldStrength",
            "StudyDate",
            "PatientAge",
        ),
    ),
    (
        "ch08",
        "de",
        "⟦INSTITUTION:Radiologie Zentrum Bahnhofplatz⟧ · ⟦ADDRESS:Bahnhofplatz 1, 9000 St. Gallen⟧\n"
        "Frau ⟦PERSON:Ladina Pfiffner⟧, ⟦ADDRESS:Rorschacher Strasse 150, 9000 St. Gallen⟧\n"
        "Wir bestätigen Ihren Termin für die Mammographie und Sonographie am ⟦DATE:Montag, 7. Juli 2025⟧ um "
        "14:10 Uhr. Bitte verwenden Sie am Untersuchungstag kein Deodorant. Bei Verhinderung: "
        "⟦PHONE:071 228 44 00⟧ oder ⟦URL:www.rzb-sg.ch/termine⟧.",
        ("Mammographie", "Sonographie", "14:10 Uhr", "Untersuchungstag", "Deodorant", "Verhinderung"),
    ),
    (
        "ch09",
        "de",
        "Nachtrag ⟦DATE:22.08.2025⟧: Die Voraufnahmen aus dem ⟦INSTITUTION:Spital Männedorf⟧ (CT 2019) wurden "
        "importiert; die Aortenektasie (4,3 cm) ist seither stationär. Info an den Beistand, Herrn "
        "⟦PERSON:Andreas Gubler⟧ (KESB), sowie an das ⟦INSTITUTION:Alterszentrum Hofmatt⟧, wo die ⟦AGE:99⟧-jährige "
        "Patientin ⟦PERSON:Verena Landolt⟧ lebt.",
        ("Voraufnahmen", "CT 2019", "importiert", "Aortenektasie", "4,3 cm", "Beistand", "KESB", "stationär"),
    ),
    (
        "ch10",
        "fr",
        "Chère Consœur, Cher Confrère,\nNous avons vu le ⟦DATE:14 mars 2025⟧ votre patiente Mme "
        "⟦PERSON:Odile Vuilleumier⟧, née le ⟦DATE:2 mai 1950⟧, pour une IRM du genou gauche. On retrouve une fissure "
        "horizontale de la corne postérieure du ménisque interne, une chondropathie fémoro-patellaire grade 3 et un "
        "kyste de Baker. Avec nos meilleures salutations,\nDr ⟦PERSON:Thibaut Reymond⟧, ⟦INSTITUTION:CHUV⟧, "
        "⟦ADDRESS:Rue du Bugnon 46, 1011 Lausanne⟧",
        ("IRM du genou", "corne postérieure", "ménisque interne", "chondropathie", "grade 3", "kyste de Baker"),
    ),
    (
        "ch11",
        "fr",
        "N° examen: ⟦ID:HUG-25-0771342⟧ — Date: ⟦DATE:03/02/2025⟧ — Service de radiologie\n"
        "Patient: ⟦PERSON:MOUTINHO DA SILVA Ana Rita⟧, DDN ⟦DATE:11.08.1985⟧, NAVS ⟦ID:756.8193.4402.77⟧\n"
        "Médecin demandeur: Dr ⟦PERSON:Karim Benslimane⟧, ⟦INSTITUTION:Permanence de Chantepoulet⟧, tél. "
        "⟦PHONE:022 731 21 20⟧\nIndication: colique néphrétique droite, uro-CT low-dose.",
        (
            "Service de radiologie",
            "DDN",
            "NAVS",
            "Médecin demandeur",
            "colique néphrétique",
            "uro-CT low-dose",
            "Indication",
        ),
    ),
    (
        "ch12",
        "fr",
        "Colloque multidisciplinaire du sein, ⟦INSTITUTION:HFR Fribourg⟧, ⟦DATE:mardi 8 avril 2025⟧ à 12h30\n"
        "Patiente: ⟦PERSON:Sylvie Python⟧ (⟦DATE:19.01.1968⟧), n° ⟦ID:2290471⟧. Carcinome canalaire invasif, QSE "
        "gauche, BI-RADS 5, Ki-67 30 %. Décision: chimiothérapie néoadjuvante, pose de clip sous écho. "
        "Présents: Pr ⟦PERSON:Jean-Marc Dafflon⟧, Dre ⟦PERSON:Aline Bersier⟧.",
        (
            "Colloque multidisciplinaire",
            "12h30",
            "Carcinome canalaire invasif",
            "QSE",
            "BI-RADS 5",
            "Ki-67",
            "néoadjuvante",
        ),
    ),
    (
        "ch13",
        "fr",
        "Appel téléphonique le ⟦DATE:2 juin⟧ à 16h05 de M. ⟦PERSON:Fabrice Jeanneret⟧, fils de la patiente Mme "
        "⟦PERSON:Germaine Jeanneret⟧ (⟦AGE:93⟧ ans, ⟦INSTITUTION:EMS Les Charmettes⟧ à ⟦ADDRESS:Neuchâtel⟧), demandant "
        "les résultats du scanner cérébral: hématome sous-dural chronique fronto-pariétal gauche de 12 mm, "
        "déviation de la ligne médiane 4 mm. Transmis au Dr ⟦PERSON:Oberson⟧, neurochirurgie, bip ⟦PHONE:4127⟧.",
        ("16h05", "scanner cérébral", "hématome sous-dural", "fronto-pariétal", "ligne médiane", "neurochirurgie"),
    ),
    (
        "ch14",
        "fr",
        "Meilleures salutations\n⟦PERSON:Laetitia Zufferey⟧\nTechnicienne en radiologie médicale (TRM)\n"
        "⟦INSTITUTION:Hôpital du Valais – Centre Hospitalier du Valais Romand⟧\n"
        "⟦ADDRESS:Av. du Grand-Champsec 80, 1951 Sion⟧\nT ⟦PHONE:+41 27 603 40 00⟧, int. ⟦PHONE:8841⟧\n"
        "⟦EMAIL:laetitia.zufferey@hopitalvs.ch⟧\nCe message peut contenir des informations confidentielles. "
        "Réf. dossier ⟦ID:VS-5519204⟧ – arthro-IRM épaule (gadolinium dilué 1:200).",
        (
            "Technicienne en radiologie médicale",
            "TRM",
            "informations confidentielles",
            "arthro-IRM",
            "gadolinium",
            "1:200",
        ),
    ),
    (
        "ch15",
        "it",
        "Egregio Collega,\nla signora ⟦PERSON:Graziella Bernasconi⟧, nata il ⟦DATE:27 ottobre 1944⟧, domiciliata in "
        "⟦ADDRESS:Via Cantonale 18, 6900 Lugano⟧, è stata sottoposta il ⟦DATE:19.03.2025⟧ a TC torace con mezzo di "
        "contrasto. Si osserva un nodulo solido di 14 mm nel lobo superiore destro, Lung-RADS 4B, e linfonodi ilari "
        "reattivi. Cordiali saluti, Dr.ssa ⟦PERSON:Chiara Pedrazzini⟧, ⟦INSTITUTION:Ospedale Regionale di Lugano, "
        "sede Civico⟧",
        (
            "TC torace",
            "mezzo di contrasto",
            "nodulo solido",
            "lobo superiore destro",
            "Lung-RADS 4B",
            "linfonodi ilari",
        ),
    ),
    (
        "ch16",
        "it",
        "Esame n. ⟦ID:EOC-RX-25-118204⟧ | Data: ⟦DATE:08/05/2025⟧ | Reparto: Pronto Soccorso\n"
        "Paziente: ⟦PERSON:Rezzonico Luca⟧, nato il ⟦DATE:14.12.1999⟧, n. AVS ⟦ID:756.2290.1183.04⟧\n"
        "Medico richiedente: Dr. ⟦PERSON:Pietro Guscetti⟧, ⟦INSTITUTION:Ospedale San Giovanni Bellinzona⟧\n"
        "Quesito: trauma distorsivo caviglia dx, regole di Ottawa positive. RX caviglia in 3 proiezioni.",
        (
            "Pronto Soccorso",
            "Medico richiedente",
            "trauma distorsivo",
            "regole di Ottawa",
            "RX caviglia",
            "3 proiezioni",
            "Reparto",
        ),
    ),
    (
        "ch17",
        "it",
        "Comunicazione urgente ⟦DATE:12 gennaio 2025⟧, ore 21:15: TC encefalo senza mdc in paziente di ⟦AGE:95⟧ "
        "anni, sig. ⟦PERSON:Ermenegildo Fumagalli⟧, ospite della ⟦INSTITUTION:Casa per anziani Al Pagnolo⟧: "
        "emorragia subaracnoidea perimesencefalica, Fisher 2. Avvisati la nipote ⟦PERSON:Sonia Fumagalli-Rossi⟧ "
        "al ⟦PHONE:079 412 33 18⟧ e il medico di guardia Dr. ⟦PERSON:Lorenzetti⟧.",
        (
            "ore 21:15",
            "TC encefalo",
            "senza mdc",
            "emorragia subaracnoidea",
            "perimesencefalica",
            "Fisher 2",
            "medico di guardia",
        ),
    ),
    (
        "ch18",
        "it",
        "Lista di lavoro RM — ⟦DATE:Martedì 22.04.2025⟧ — Magnetom Vida 3T\n"
        "07:30 | ⟦PERSON:Cattaneo, Ilaria⟧ | ⟦DATE:03.09.1987⟧ | RM encefalo (SM, criteri McDonald) | ⟦ID:PZ-448120⟧\n"
        "08:15 | ⟦PERSON:Beffa, Giovanni⟧ | ⟦DATE:21.01.1952⟧ | RM prostata mpMRI (PI-RADS) | ⟦ID:PZ-448177⟧\n"
        "09:00 | ⟦PERSON:Ramadani, Fjolla⟧ | ⟦DATE:30.06.2011⟧ | RM ginocchio sx | ⟦ID:PZ-448203⟧",
        (
            "Lista di lavoro",
            "Magnetom Vida 3T",
            "07:30",
            "criteri McDonald",
            "mpMRI",
            "PI-RADS",
            "RM ginocchio sx",
            "RM encefalo",
            "RM prostata",
        ),
    ),
    (
        "ch19",
        "it",
        "Lettera di dimissione — ⟦INSTITUTION:Clinica Luganese Moncucco⟧\nDegenza dal ⟦DATE:03.02.2025⟧ al "
        "⟦DATE:09.02.2025⟧. Diagnosi: pancreatite acuta biliare, Balthazar C, CTSI 4. Colangio-RM: coledocolitiasi "
        "distale; ERCP con papillotomia il ⟦DATE:05.02.⟧. Paziente: sig.ra ⟦PERSON:Mirjam Gianella⟧. Medico "
        "curante: Dr. med. ⟦PERSON:Alessandro Vanoni⟧, ⟦ADDRESS:Piazza Grande 12, 6600 Locarno⟧, tel. "
        "⟦PHONE:091 751 02 36⟧.",
        (
            "Lettera di dimissione",
            "pancreatite acuta",
            "Balthazar C",
            "CTSI 4",
            "Colangio-RM",
            "coledocolitiasi",
            "papillotomia",
        ),
    ),
)

_UK = (
    (
        "uk01",
        "en",
        "Hospital No: ⟦ID:RX4471902⟧  NHS No: ⟦ID:485 777 3456⟧  DOB: ⟦DATE:12-Aug-1957⟧\n"
        "Name: ⟦PERSON:OKONKWO, Chidinma⟧  Ward: Nightingale Ward (Resp)\n"
        "Referrer: Dr ⟦PERSON:P. Raghunathan⟧, Consultant Respiratory Physician\n"
        "Exam: CT Pulmonary Angiogram  Requested: ⟦DATE:04/03/2025⟧ 14:52\n"
        "Clinical details: pleuritic chest pain, Wells score 4.5, D-dimer raised.",
        (
            "Nightingale Ward",
            "Consultant Respiratory Physician",
            "CT Pulmonary Angiogram",
            "14:52",
            "Wells score 4.5",
            "D-dimer",
        ),
    ),
    (
        "uk02",
        "en",
        "Dear Dr ⟦PERSON:Moffat⟧,\nRe: Mrs ⟦PERSON:Margaret Hunter⟧, DOB ⟦DATE:03/11/1938⟧, "
        "⟦ADDRESS:14 Heather Lane, Tring, HP23 5QJ⟧\nHer lower limb CT angiogram of ⟦DATE:2 April⟧ shows a short "
        "occlusion of the superficial femoral artery in Hunter's canal with good reconstitution above the knee, "
        "TASC II B. I have discussed her at the vascular MDT.\nYours sincerely,\n⟦PERSON:Rhiannon Pugh⟧, Consultant "
        "Interventional Radiologist, ⟦INSTITUTION:Lister Hospital, Stevenage⟧",
        (
            "CT angiogram",
            "superficial femoral artery",
            "Hunter's canal",
            "TASC II B",
            "vascular MDT",
            "Consultant Interventional Radiologist",
        ),
    ),
    (
        "uk03",
        "en",
        "(0008,0080) LO [⟦INSTITUTION:Royal Devon University Healthcare⟧]\n"
        "(0008,0081) ST [⟦ADDRESS:Barrack Road, Exeter EX2 5DW⟧]\n"
        "(0008,0090) PN [⟦PERSON:HOLLAND^JAMES⟧]\n"
        "(0010,0010) PN [⟦PERSON:TREVELYAN^ROSALIND^M⟧]\n"
        "(0010,0020) LO [⟦ID:RH3390217⟧]\n"
        "(0010,1010) AS [⟦AGE:091⟧Y]\n"
        "(0008,103E) LO [AX T2 FLAIR FS]\n"
        "(0018,0087) DS [1.5]\n"
        "(0008,1090) LO [SIGNA Artist]",
        ("(0008,103E)", "AX T2 FLAIR FS", "(0018,0087)", "DS [1.5]", "SIGNA Artist", "(0010,1010)", "(0008,0081)"),
    ),
    (
        "uk04",
        "en",
        "Upper GI MDT — ⟦DATE:Thursday 6th March 2025⟧\nPt: ⟦PERSON:Daniel O'Sullivan-Hart⟧, 61, MRN ⟦ID:M0884312⟧, "
        "referred from ⟦INSTITUTION:Queen Elizabeth Hospital King's Lynn⟧\nCT CAP: distal oesophageal "
        "adenocarcinoma, Siewert I, cT3 N1; no hepatic mets. PET-CT ⟦DATE:11/03⟧ requested. Outcome: neoadjuvant "
        "FLOT, then Ivor Lewis oesophagectomy. Lead: Mr ⟦PERSON:Anand Sreekumar⟧. CNS: ⟦PERSON:Becky Lawes⟧ "
        "(⟦PHONE:01553 613 877⟧).",
        ("Upper GI MDT", "CT CAP", "Siewert I", "cT3 N1", "FLOT", "Ivor Lewis", "oesophagectomy"),
    ),
    (
        "uk05",
        "en",
        "Verbal report ⟦DATE:19/01/25⟧ 03:20: CT head findings (acute extradural haematoma, right temporal, 14 mm, "
        "midline shift 6 mm) discussed with the on-call neurosurgical registrar, Dr ⟦PERSON:Tomasz Wójcik⟧ (bleep "
        "⟦PHONE:2716⟧), who accepted transfer to ⟦INSTITUTION:Southmead⟧. Patient ⟦PERSON:Kieran Lavelle⟧, 23, "
        "brought in by his partner ⟦PERSON:Saoirse Doyle⟧. Reported by ⟦PERSON:A. Mensah⟧, ST3.",
        (
            "03:20",
            "CT head",
            "extradural haematoma",
            "midline shift",
            "neurosurgical registrar",
            "ST3",
            "right temporal",
        ),
    ),
    (
        "uk06",
        "en",
        "Imaging Department, ⟦INSTITUTION:Whiston Hospital⟧, ⟦ADDRESS:Warrington Road, Prescot L35 5DR⟧\n"
        "⟦DATE:21 May 2025⟧\nPrivate and Confidential\nMr ⟦PERSON:Graham Beattie⟧\n"
        "⟦ADDRESS:Flat 3, 27 Crosby Road North, Liverpool L22 4QF⟧\n"
        "Dear Mr ⟦PERSON:Beattie⟧, an appointment has been made for your MRI prostate (multiparametric) on "
        "⟦DATE:Tuesday 10 June⟧ at 16:40. Please arrive 15 minutes early; Buscopan may be given. Enquiries: "
        "⟦PHONE:0151 430 1620⟧ (option 2).",
        (
            "Imaging Department",
            "Private and Confidential",
            "MRI prostate",
            "multiparametric",
            "16:40",
            "Buscopan",
            "option 2",
        ),
    ),
    (
        "uk07",
        "en",
        "CHI: ⟦ID:1207541183⟧ | ⟦PERSON:McLeish, Fiona⟧ | ⟦INSTITUTION:NHS Tayside⟧ | Loc: Ward 7, "
        "⟦INSTITUTION:Ninewells⟧\nCXR PA ⟦DATE:2025-02-18⟧: Right upper lobe collapse with Golden S sign, suspicious "
        "for a central obstructing lesion. Recommend urgent CT and respiratory review (Dr ⟦PERSON:Ishbel Gunn⟧). "
        "Telephoned to ward nurse ⟦PERSON:Callum⟧ at 11:48.",
        ("Ward 7", "CXR PA", "Right upper lobe collapse", "Golden S sign", "respiratory review", "11:48"),
    ),
    (
        "uk08",
        "en",
        "Discharge summary — ⟦INSTITUTION:Frimley Park⟧, Elderly Care\nPatient: ⟦PERSON:Winifred Ashworth⟧, "
        "⟦AGE:97⟧, from ⟦INSTITUTION:Brambleside Care Home⟧, ⟦ADDRESS:Farnborough⟧\nAdmitted ⟦DATE:27.01.2025⟧ "
        "after a fall; CT C-spine: type II dens fracture (Anderson and D'Alonzo), managed in a Miami J collar. "
        "NOK: niece ⟦PERSON:Penelope Ashworth-Clarke⟧, ⟦PHONE:07700 918 442⟧. Carer ⟦PERSON:Joy Mbeki⟧ to accompany.",
        (
            "Elderly Care",
            "CT C-spine",
            "type II dens fracture",
            "Anderson and D'Alonzo",
            "Miami J collar",
            "NOK",
            "Carer",
        ),
    ),
    (
        "uk09",
        "en",
        "Comparison is made with an outside MRI performed at ⟦INSTITUTION:Spire Cardiff⟧ on ⟦DATE:9th October 2024⟧ "
        "(images imported, accession ⟦ID:SPC24-008831⟧). The left vestibular schwannoma (Koos grade 2) measures "
        "9 × 7 mm, previously 8 × 7 mm. No hydrocephalus. Note: the patient's preferred name is "
        "'⟦PERSON:Bryn⟧'; legal name ⟦PERSON:Emrys Bryn Llewellyn⟧. Report: Dr ⟦PERSON:Gwen Price⟧.",
        ("outside MRI", "images imported", "vestibular schwannoma", "Koos grade 2", "9 × 7 mm", "hydrocephalus"),
    ),
    (
        "uk10",
        "en",
        "accession,nhs_number,surname,forename,dob,modality,exam,reported_by,report_date\n"
        "⟦ID:RBZ25044713⟧,⟦ID:943 476 5919⟧,⟦PERSON:Patel⟧,⟦PERSON:Hemal⟧,⟦DATE:1979-03-02⟧,US,US ABDOMEN,"
        "⟦PERSON:JFARQ⟧,⟦DATE:2025-03-07⟧\n"
        "⟦ID:RBZ25044722⟧,⟦ID:401 023 2137⟧,⟦PERSON:Kowalczyk⟧,⟦PERSON:Zofia⟧,⟦DATE:1990-12-19⟧,DX,XR CHEST,"
        "⟦PERSON:LMORRIS⟧,⟦DATE:2025-03-07⟧",
        ("nhs_number", "modality", "reported_by", "US ABDOMEN", "XR CHEST", "surname,forename", "report_date"),
    ),
    (
        "uk11",
        "en",
        "From: ⟦PERSON:Harriet Vane-Ogunbiyi⟧ <⟦EMAIL:harriet.vane-ogunbiyi@nhs.net⟧>\nSent: ⟦DATE:03 April 2025⟧ "
        "09:02\nTo: PACS Team\nSubject: Image link for Mr ⟦PERSON:Jenkins⟧ (⟦ID:K7731094⟧)\nHi, please push the "
        "outside CT from ⟦INSTITUTION:Nuffield Health Tunbridge Wells⟧ to our PACS; the IEP link is "
        "⟦URL:https://iep.nhs.uk/request/88213⟧. He is seen in the ⟦INSTITUTION:St Thomas'⟧ spinal clinic on Monday.",
        ("09:02", "PACS Team", "outside CT", "IEP link", "spinal clinic", "Monday", "Subject"),
    ),
    (
        "uk12",
        "en",
        "Patient: Ms ⟦PERSON:Aoife Ní Bhriain⟧, H&C No. ⟦ID:6281 447 390⟧, ⟦ADDRESS:22 Lisburn Road, Belfast BT9 6AA⟧\n"
        "Examination: Barium swallow ⟦DATE:14/02/2025⟧ at the ⟦INSTITUTION:Royal⟧.\nFindings: Zenker's diverticulum "
        "2.5 cm arising at Killian's dehiscence, no aspiration. Schatzki ring at the GOJ.\nReferrer: Mr "
        "⟦PERSON:Declan Quigley⟧, ENT, ⟦INSTITUTION:Craigavon Area Hospital⟧.",
        ("Barium swallow", "Zenker's diverticulum", "Killian's dehiscence", "Schatzki ring", "GOJ", "ENT"),
    ),
    (
        "uk13",
        "en",
        "ADDENDUM (⟦DATE:11.06.2025⟧, Dr ⟦PERSON:Olusegun Adebayo⟧): Following discussion at the musculoskeletal "
        "meeting with Prof. ⟦PERSON:Whitcombe⟧, the lesion in the proximal tibia is reclassified as a non-ossifying "
        "fibroma (Ritschl B), not requiring follow-up. The earlier suggestion of Brodie's abscess is withdrawn. "
        "Patient ⟦PERSON:Maisie Thornton⟧, aged 14, accompanied by her father ⟦PERSON:Robert Thornton⟧.",
        (
            "ADDENDUM",
            "musculoskeletal meeting",
            "proximal tibia",
            "non-ossifying fibroma",
            "Ritschl B",
            "Brodie's abscess",
            "aged 14",
        ),
    ),
    (
        "uk14",
        "en",
        "Electronically signed by Dr ⟦PERSON:Sunita Chaudhry⟧ FRCR, Consultant Radiologist, ⟦DATE:28/04/2025⟧ 18:03\n"
        "cc: GP — Dr ⟦PERSON:I. Macpherson⟧, ⟦INSTITUTION:Riverside Medical Practice⟧, "
        "⟦ADDRESS:2 Mill Lane, Hexham NE46 1AB⟧\ncc: Mr ⟦PERSON:Tristan Holloway⟧, Colorectal Surgery\n"
        "cc: Patient\nReport ref ⟦ID:NTH-RAD-558201⟧",
        (
            "Electronically signed",
            "FRCR",
            "Consultant Radiologist",
            "18:03",
            "Colorectal Surgery",
            "cc: Patient",
            "Report ref",
        ),
    ),
    (
        "uk15",
        "en",
        "Handover 08:00 — Radiology on-call (SpR ⟦PERSON:Liam Fitzgerald⟧ → ⟦PERSON:Priya Nair⟧)\n"
        "1. Mr ⟦PERSON:Arkwright⟧ (bed 14, AMU): CTPA negative, incidental 6 mm RLL nodule — Fleischner low "
        "risk, no FU.\n2. Baby ⟦PERSON:Hussain⟧ (NICU, DOB ⟦DATE:01/06/25⟧): abdominal XR query NEC, no "
        "pneumatosis; reviewed with Dr ⟦PERSON:Adeyemi⟧ (ext ⟦PHONE:5532⟧).",
        ("08:00", "Radiology on-call", "AMU", "CTPA", "RLL nodule", "Fleischner", "NICU", "pneumatosis", "Handover"),
    ),
    (
        "uk16",
        "en",
        "Bupa authorisation no. ⟦ID:BA-77310942⟧ — membership ⟦ID:55800291-03⟧ — policy holder "
        "⟦PERSON:Nigel Pemberton⟧ (spouse of the patient, ⟦PERSON:Alison Pemberton⟧). Authorised: MRI both breasts "
        "with contrast (high-risk screening, BRCA2 carrier) at ⟦INSTITUTION:The London Clinic⟧, "
        "⟦ADDRESS:20 Devonshire Place, London W1G 6BW⟧, on ⟦DATE:15 July 2025⟧. Queries: "
        "⟦EMAIL:imaging.bookings@thelondonclinic.co.uk⟧",
        ("authorisation no.", "policy holder", "MRI both breasts", "high-risk screening", "BRCA2 carrier", "Queries"),
    ),
    (
        "uk17",
        "en",
        "Request ID\tSource\tPatient\tDOB\tExam\tPriority\n"
        "⟦ID:ICE-3381920⟧\t⟦INSTITUTION:The Wellington Surgery⟧\t⟦PERSON:Florence Abara⟧\t⟦DATE:30/09/1946⟧\t"
        "XR knee (standing AP)\tRoutine\n"
        "⟦ID:ICE-3381947⟧\t⟦INSTITUTION:Bridgwater Bay Health Centre⟧\t⟦PERSON:Henry Wellington⟧\t⟦DATE:05/05/2004⟧\t"
        "US neck (thyroid, TIRADS)\tUrgent 2WW",
        ("Request ID", "XR knee", "standing AP", "Routine", "TIRADS", "Urgent 2WW", "Priority"),
    ),
    (
        "uk18",
        "en",
        "CT abdomen/pelvis: Known Crohn's disease. 18 cm of terminal ileal thickening with comb sign; incidental "
        "Meckel's diverticulum. No abscess. Compared with MR enterography from ⟦INSTITUTION:Salford Royal⟧ dated "
        "⟦DATE:22nd Dec 2023⟧. Patient: ⟦PERSON:Ifeoma Eze⟧, hospital number ⟦ID:S2201447⟧. Next of kin: husband "
        "⟦PERSON:Chukwuemeka Eze⟧, ⟦ADDRESS:41 Worsley Road, Eccles M30 8BP⟧.",
        (
            "CT abdomen/pelvis",
            "Crohn's disease",
            "terminal ileal",
            "comb sign",
            "Meckel's diverticulum",
            "MR enterography",
        ),
    ),
    (
        "uk19",
        "en",
        "FAX — from Radiology, ⟦INSTITUTION:Royal Cornwall Hospitals NHS Trust⟧ (⟦INSTITUTION:Treliske⟧)\n"
        "To: Dr ⟦PERSON:K. Ahmadzai⟧, ⟦INSTITUTION:Penzance Health Centre⟧, fax ⟦PHONE:01736 575 601⟧\n"
        "Pages: 2 (incl. cover)\nRe: ⟦PERSON:Tregenza, Morwenna⟧, DOB ⟦DATE:17.03.1932⟧. DEXA: T-score -3.1 at "
        "L1–L4, FRAX 10-yr hip risk 7 %. Please start a bisphosphonate.",
        ("FAX", "Pages: 2", "DEXA", "T-score -3.1", "L1–L4", "FRAX", "bisphosphonate", "incl. cover"),
    ),
)

_US = (
    (
        "us01",
        "en",
        "MRN: ⟦ID:004718832⟧  Acct#: ⟦ID:7700193248⟧  DOB: ⟦DATE:04/17/1961⟧  Sex: F\n"
        "Patient: ⟦PERSON:RODRIGUEZ-MEJIA, LUZ MARINA⟧\nOrdering: ⟦PERSON:KESSLER, AARON⟧ MD  Location: ED-Pod C\n"
        "Exam: CT ABD/PELVIS W/ IV CONTRAST (CPT 74177)  Date of service: ⟦DATE:03/09/2025⟧ 02:14\n"
        "Indication: RLQ pain, r/o appendicitis, Alvarado 7.",
        ("Sex: F", "ED-Pod C", "CT ABD/PELVIS", "CPT 74177", "02:14", "RLQ pain", "Alvarado 7", "Date of service"),
    ),
    (
        "us02",
        "en",
        "⟦DATE:April 22, 2025⟧\nRE: ⟦PERSON:Donnelly, Shauna⟧  DOB ⟦DATE:9/3/1972⟧\nDear Dr. ⟦PERSON:Huang⟧,\n"
        "Your patient was seen at ⟦INSTITUTION:Cedar Ridge Imaging⟧ for a screening low-dose CT of the chest. There "
        "is a 5 mm solid nodule in the lingula (Lung-RADS 2), mild centrilobular emphysema and coronary "
        "calcification. Follow-up LDCT in 12 months.\nSincerely, ⟦PERSON:Marcus Abernathy⟧, MD, "
        "⟦ADDRESS:1180 Ridgeview Pkwy, Suite 210, Boise, ID 83702⟧",
        (
            "low-dose CT",
            "lingula",
            "Lung-RADS 2",
            "centrilobular emphysema",
            "coronary calcification",
            "LDCT",
            "12 months",
        ),
    ),
    (
        "us03",
        "en",
        "InstitutionName: ⟦INSTITUTION:MERCY HEALTH ST VINCENT⟧\nReferringPhysicianName: ⟦PERSON:PATTERSON^LYNN^A⟧\n"
        "PatientName: ⟦PERSON:BLACKFEATHER^WINONA⟧\nPatientID: ⟦ID:SV22019934⟧\nIssuerOfPatientID: "
        "⟦INSTITUTION:MHSV⟧\nPatientBirthDate: ⟦DATE:19310802⟧\nPatientAge: ⟦AGE:093⟧Y\n"
        "StudyDescription: MAMMO SCREEN BILAT TOMO\nPerformedStationName: Selenia Dimensions",
        (
            "IssuerOfPatientID",
            "PatientAge",
            "StudyDescription",
            "MAMMO SCREEN BILAT TOMO",
            "PerformedStationName",
            "Selenia Dimensions",
            "PatientBirthDate",
            "ReferringPhysicianName",
        ),
    ),
    (
        "us04",
        "en",
        "Multidisciplinary Tumor Board — ⟦DATE:Wednesday, 3/12/2025⟧, 7:00 AM, Conf Rm B\nCase 3: "
        "⟦PERSON:Terrence Whitfield⟧, 68M, MRN ⟦ID:88-210-447⟧, referred by Dr. ⟦PERSON:Okafor⟧ at "
        "⟦INSTITUTION:Lakeshore Urology Associates⟧. mpMRI prostate: PI-RADS 5 lesion left PZ, EPE suspected. Gleason "
        "4+4 on fusion biopsy. PSMA PET: no distant disease. Plan: EBRT + ADT. Presenter: "
        "⟦PERSON:Julia Castellanos⟧, MD.",
        ("7:00 AM", "Conf Rm B", "68M", "PI-RADS 5", "left PZ", "Gleason 4+4", "PSMA PET", "EBRT + ADT"),
    ),
    (
        "us05",
        "en",
        "Critical result called to ⟦PERSON:Kayla Simmons⟧, RN (ICU, x⟦PHONE:6642⟧) by Dr. ⟦PERSON:Ravi Subramanian⟧ "
        "on ⟦DATE:1/28/25⟧ at 2245: new left tension pneumothorax after central line placement. Read-back "
        "confirmed. Attending Dr. ⟦PERSON:Harlan Meeks⟧ paged (pager ⟦PHONE:312-555-0147⟧).",
        (
            "Critical result",
            "ICU",
            "2245",
            "tension pneumothorax",
            "central line placement",
            "Read-back confirmed",
            "pager",
        ),
    ),
    (
        "us06",
        "en",
        "⟦INSTITUTION:Pinecrest Women's Imaging⟧ | ⟦ADDRESS:455 Alder Street, Eugene, OR 97401⟧ | "
        "⟦PHONE:(541) 555-0192⟧\n⟦DATE:May 5, 2025⟧\n⟦PERSON:Marisol Ybarra⟧\n"
        "⟦ADDRESS:2217 Kincaid St Apt 5, Eugene, OR 97405⟧\nDear Ms. ⟦PERSON:Ybarra⟧: Your screening mammogram "
        "(3D tomosynthesis) is scheduled for ⟦DATE:Thursday, May 15⟧ at 9:30 a.m. Please do not wear deodorant or "
        "powder. Bring your insurance card; member ID on file ends in ⟦ID:4471⟧.",
        ("screening mammogram", "3D tomosynthesis", "9:30 a.m.", "deodorant", "insurance card", "member ID", "powder"),
    ),
    (
        "us07",
        "en",
        "MRN|Last|First|DOB|Accession|Exam|Status|Rad\n"
        "⟦ID:5518822⟧|⟦PERSON:Nguyen⟧|⟦PERSON:Bao Tran⟧|⟦DATE:07/04/1983⟧|⟦ID:ACC25-331207⟧|US RUQ|FINAL|"
        "⟦PERSON:LWINTERS⟧\n"
        "⟦ID:5518903⟧|⟦PERSON:Yazzie⟧|⟦PERSON:Delbert⟧|⟦DATE:11/29/1940⟧|⟦ID:ACC25-331219⟧|XR HIP 2V LT|PRELIM|"
        "⟦PERSON:LWINTERS⟧",
        ("Accession", "Status", "US RUQ", "FINAL", "XR HIP 2V LT", "PRELIM", "MRN|Last|First|DOB"),
    ),
    (
        "us08",
        "en",
        "⟦INSTITUTION:VA Palo Alto HCS⟧ — Radiology Report\nPatient: ⟦PERSON:Gutierrez, Ramon T⟧  ICN "
        "⟦ID:1012847755V331209⟧  Last 4: ⟦ID:8812⟧\nExam: MRI L-SPINE W/O ⟦DATE:02/11/2025⟧\nFindings: Severe "
        "central canal stenosis at L3-4 and L4-5 (ligamentum flavum hypertrophy). Modic 2 endplate changes L5-S1. "
        "Prior outside MRI from ⟦INSTITUTION:Stanford⟧ (⟦DATE:2022-06-14⟧) reviewed. Service-connected: yes.",
        (
            "Radiology Report",
            "MRI L-SPINE",
            "central canal stenosis",
            "L3-4",
            "ligamentum flavum",
            "Modic 2",
            "L5-S1",
            "Service-connected",
        ),
    ),
    (
        "us09",
        "en",
        "Discharge Summary: Mrs. ⟦PERSON:Beatrice Lowell⟧, ⟦AGE:102⟧ years old, admitted ⟦DATE:Feb 2⟧, discharged "
        "⟦DATE:Feb 9, 2025⟧ to ⟦INSTITUTION:Maple Grove Assisted Living⟧. Imaging: CXR with small bilateral "
        "effusions; echo EF 35%. Contacts: daughter ⟦PERSON:Carol Lowell-Finch⟧ (POA), ⟦PHONE:617-555-0138⟧; home "
        "health aide ⟦PERSON:Esperanza Ruiz⟧. PCP: ⟦PERSON:Nathan Greer⟧, MD, ⟦INSTITUTION:Brookline Family Medicine⟧.",
        ("Discharge Summary", "CXR", "bilateral effusions", "EF 35%", "POA", "home health aide", "PCP", "Contacts"),
    ),
    (
        "us10",
        "en",
        "--\n⟦PERSON:Dwayne Kowalski⟧, RT(R)(CT)\nLead CT Technologist | ⟦INSTITUTION:St. Luke's Regional⟧\n"
        "Office: ⟦PHONE:208-381-2200⟧ ext. ⟦PHONE:3419⟧ | Cell: ⟦PHONE:208-555-0173⟧\n⟦EMAIL:dkowalski@slhs.org⟧\n"
        "CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. Protocol update: CTA "
        "head/neck now uses 70 mL Omnipaque 350 with bolus tracking at the aortic arch (ROI 150 HU).",
        (
            "RT(R)(CT)",
            "Lead CT Technologist",
            "CONFIDENTIALITY NOTICE",
            "CTA head/neck",
            "Omnipaque 350",
            "bolus tracking",
            "150 HU",
            "aortic arch",
        ),
    ),
    (
        "us11",
        "en",
        "ADDENDUM ⟦DATE:06/02/2025⟧: Outside CT from ⟦INSTITUTION:Summit Orthopedic & Spine⟧ dated ⟦DATE:May 27th⟧ was "
        "uploaded via ⟦URL:https://share.ambrahealth.com/s/kX82pq⟧. The scaphoid waist fracture is again seen, "
        "Herbert B2, with early sclerosis of the proximal pole concerning for AVN. Discussed with hand surgeon "
        "Dr. ⟦PERSON:Leticia Barrow⟧. — ⟦PERSON:G. Whitlock⟧, MD",
        (
            "ADDENDUM",
            "Outside CT",
            "scaphoid waist fracture",
            "Herbert B2",
            "proximal pole",
            "AVN",
            "hand surgeon",
            "uploaded via",
        ),
    ),
    (
        "us12",
        "en",
        "Primary insurance: Medicare Part B, MBI ⟦ID:1EG4-TE5-MK73⟧; Secondary: Medicaid ID ⟦ID:518204477⟧. Prior "
        "authorization ⟦ID:PA-2025-0091873⟧ approved ⟦DATE:01/06/2025⟧ for PET/CT skull base to mid-thigh (FDG), "
        "dx C34.11. Guarantor: ⟦PERSON:Luis Ortega Jr.⟧, ⟦ADDRESS:8803 Paloma Dr, San Antonio, TX 78250⟧, "
        "⟦PHONE:(210) 555-0166⟧.",
        (
            "Medicare Part B",
            "MBI",
            "Prior authorization",
            "PET/CT",
            "skull base to mid-thigh",
            "FDG",
            "C34.11",
            "Guarantor",
            "Medicaid ID",
        ),
    ),
    (
        "us13",
        "en",
        "Patient: ⟦PERSON:Dorothy Graves⟧, 58 y/o. US THYROID: Diffusely enlarged, heterogeneous gland with "
        'markedly increased vascularity ("thyroid inferno"), consistent with Graves disease. TI-RADS 3 nodule in '
        "the right lower pole, 1.4 cm. Prior US at ⟦INSTITUTION:Riverbend Endocrine Clinic⟧ on ⟦DATE:08/2023⟧. "
        "Reading radiologist: ⟦PERSON:Sanjay Parikh⟧, MD.",
        ("58 y/o", "US THYROID", "thyroid inferno", "Graves disease", "TI-RADS 3", "right lower pole", "1.4 cm"),
    ),
    (
        "us14",
        "en",
        "Overnight sign-out 0700: 1) ⟦PERSON:Jaxon Pruitt⟧, 19, MVC — pan-scan negative except grade 2 splenic lac "
        "(AAST); trauma team aware (Dr. ⟦PERSON:Feliciano⟧). 2) ⟦PERSON:Opal Hendricks⟧, ⟦AGE:94⟧, SBO on CT with a "
        "transition point in the RLQ; surgery consulted. Family: grandson ⟦PERSON:Tyler Hendricks⟧ "
        "⟦PHONE:(913) 555-0121⟧. Next shift: Dr. ⟦PERSON:Imani Brooks⟧, reading room ⟦PHONE:4-7720⟧.",
        ("0700", "MVC", "pan-scan", "splenic lac", "AAST", "SBO", "transition point", "reading room"),
    ),
    (
        "us15",
        "en",
        "Pediatric radiology: VCUG ⟦DATE:10/14/2024⟧ for ⟦PERSON:Aria Benally⟧, 4 yrs (DOB ⟦DATE:02/20/2020⟧). "
        "Grade III vesicoureteral reflux on the left (International Reflux Study grading). Legal guardian: "
        "⟦PERSON:Roberta Tsosie⟧ (grandmother). Referred by ⟦INSTITUTION:Gallup Indian Medical Center⟧, pediatrics. "
        "Case manager ⟦PERSON:Kim Lee⟧, ⟦EMAIL:klee@gimc-peds.org⟧.",
        (
            "Pediatric radiology",
            "VCUG",
            "4 yrs",
            "Grade III",
            "vesicoureteral reflux",
            "International Reflux Study",
            "Legal guardian",
        ),
    ),
    (
        "us16",
        "en",
        "HISTORY: 46F, resides in ⟦ADDRESS:Casa Grande, AZ⟧, cough x 6 wks, r/o Valley fever. CT CHEST: 2.1 cm "
        "cavitary nodule RUL with hilar adenopathy; findings favor coccidioidomycosis over TB. Compare outside CXR "
        "from ⟦INSTITUTION:Banner Casa Grande⟧ ⟦DATE:3/30/25⟧. Results to ⟦PERSON:Maya Two Bulls⟧, NP, "
        "⟦PHONE:520-555-0104⟧.",
        (
            "46F",
            "Valley fever",
            "CT CHEST",
            "cavitary nodule",
            "RUL",
            "hilar adenopathy",
            "coccidioidomycosis",
            "cough x 6 wks",
        ),
    ),
    (
        "us17",
        "en",
        "cc: ⟦PERSON:Abigail Stern⟧, MD (Oncology) — fax ⟦PHONE:(404) 555-0181⟧\n"
        "cc: ⟦INSTITUTION:Northside Cardiology Group⟧, Attn: ⟦PERSON:Renée Fontaine⟧, NP\n"
        "cc: ⟦PERSON:Samuel Okoye⟧, DO, ⟦ADDRESS:1100 Johnson Ferry Rd NE, Atlanta, GA 30342⟧\n"
        "Dictated by: ⟦PERSON:Whitney Hale⟧, MD  Transcribed: VR/PS360  Signed: ⟦DATE:11-Mar-2025⟧ 16:27\n"
        "Exam: Cardiac MRI — mid-wall septal LGE, consistent with non-ischemic cardiomyopathy; LVEF 41%.",
        (
            "Oncology",
            "Dictated by",
            "VR/PS360",
            "16:27",
            "Cardiac MRI",
            "LGE",
            "non-ischemic cardiomyopathy",
            "LVEF 41%",
        ),
    ),
    (
        "us18",
        "en",
        "Worklist — ⟦INSTITUTION:UPMC Shadyside⟧ MRI 2 (Skyra) — ⟦DATE:Fri 04/18/2025⟧\n"
        "0730  ⟦PERSON:Kaminski, Gerald⟧  ⟦ID:E04471931⟧  MRI BRAIN W/WO (MS protocol)  wheelchair\n"
        "0815  ⟦PERSON:Moreau, Genevieve⟧  ⟦ID:E04472208⟧  MRI C-SPINE W/O  claustrophobic, lorazepam 1 mg\n"
        "0900  ⟦PERSON:Achterberg, Pieter⟧  ⟦ID:E04472255⟧  MRA CIRCLE OF WILLIS  eGFR 48",
        ("MRI 2", "Skyra", "0730", "MS protocol", "wheelchair", "lorazepam 1 mg", "MRA CIRCLE OF WILLIS", "eGFR 48"),
    ),
    (
        "us19",
        "en",
        "PID|1||⟦ID:100448217⟧^^^⟦INSTITUTION:WRNMMC⟧^MR||⟦PERSON:FORTUNE^DESHAWN^L⟧||⟦DATE:19890316⟧|M|||"
        "⟦ADDRESS:4492 ROCKVILLE PIKE^^BETHESDA^MD^20814⟧||⟦PHONE:(301)555-0133⟧\n"
        "OBR|1|⟦ID:ORD7781204⟧||71260^CT CHEST W CONTRAST|||⟦DATE:20250311⟧0915\n"
        "OBX|1|TX|||Post-deployment dyspnea; mosaic attenuation and air trapping on expiratory images "
        "(constrictive bronchiolitis?).",
        (
            "PID|1",
            "CT CHEST W CONTRAST",
            "OBX|1|TX",
            "mosaic attenuation",
            "air trapping",
            "expiratory images",
            "constrictive bronchiolitis",
            "OBR|1",
            "71260",
        ),
    ),
)

_RAW = (*_DE, *_AT, *_CH, *_UK, *_US)

EXCERPTS = build_excerpts(_RAW)
