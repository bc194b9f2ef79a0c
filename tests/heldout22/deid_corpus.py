"""Held-out 22: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15
to 21, held-out 9's `build_excerpts` / `Excerpt` / `country` and held-out 8's `strip_markup`
sources, the LABELS tuple, held-out 15's module names and language codes (no texts), and the
runners and floor test of held-outs 8, 9, 11 and 15). 80 excerpts, 16 each from DE, AT, CH
(8 German, 4 French, 4 Italian), UK and US, written as sites earlier sets leaned on less would
write them: emergency departments and trauma centres (Schockraum, trauma calls, AUVA), paediatric
hospitals with parents, guardians and child-protection teams, psychiatric, forensic and geriatric
hospitals and care homes, military health services (Bundeswehr, Heeresspital, Swiss Army, Defence
Medical Services, Walter Reed) and prison health care (JVK, Justizanstalt, HMP, CDCR), screening
programmes (mammography in four systems, LDCT lung screening), research-study enrolment notes with
subject and study IDs, and cross-border referrals (DE/FR, AT/IT, CH/DE, CH/FR, CH/IT, IE/UK,
Chile/US). Shapes: RIS/HIS headers, DICOM header dumps, HL7 v2 MSH/PID/PV1/OBR/OBX fragments,
worklists and CSV/TSV/pipe exports, fax cover sheets, scanned letters with OCR damage (1/l, 0/O),
a letter wrapped at 60 columns with a name broken across the line, Windows-1252 mojibake (UTF-8
read as cp1252), referral, discharge, transfer and appointment letters, findings with outside-study
mentions, handovers, tumour boards and MDT distribution lists, addenda, signatures, e-mail
footers, insurance and prior-authorisation lines. PHI in national forms (persons of many origins
with and without titles, "Surname, Firstname", surname-first without comma, DICOM / HL7 PN, radiologist
initials, relatives, guardians, deputies, social workers, staff, outside doctors, surnames that are
also eponyms: Baker, Perthes, Addison, Parkinson, Jefferson, Whipple, Alvarado, Bell; facilities
with and without keywords, acronyms and short forms (KHNW, UKBB, USB, HUG, EOC, QEHB, Rosie),
military units, prisons, care homes, practices, imaging centres, an employer; address blocks,
inline and HL7 addresses, town-only residences; phones, faxes, mobiles, extensions (DW,
Durchwahl, Klappe, ext, x), bleeps, pagers, Sucher; IDs of many kinds: case, FIN, MRN, NHS, CHI,
SVNR, AHV, Personenkennziffer, Service No., DoD ID, prison and inmate numbers, screening, study,
IRB and subject IDs, NIR, codice fiscale, SSN, passport, insurance card and member numbers,
prior authorisation; dates in numeric, DICOM/HL7, ISO, OCR-damaged, partial and written forms in
four languages; e-mails; URLs; ages over 89): 475 spans. Keep-terms (589) a little more numerous
than the PHI spans and as hard: eponyms that are also surnames (Magerl, Garden, Pauwels, Graf, Perthes, Greulich-Pyle,
Meyerding, Modic, Murphy, Wernicke, Fazekas, Fleischner, Kerley, Goutallier, Hill-Sachs, Schatzker,
Colles, Chance, Hefti, Kellgren-Lawrence, Zenker, Osgood-Schlatter, Westermark, Koos, Schizas,
Gartland, Young-Burgess, Jefferson, Bosniak, Alvarado, Addison's, Brock, Creutzfeldt-Jakob,
Le-Fort, Segond, Wilms, Meckel, Böhler, Haller, Cobb, Chang, Deauville), place-named criteria and
diseases (Ann Arbor, Milan criteria, Valley fever, NEXUS), anatomy, drugs, devices, scanners,
sequences, scores and classifications, capitalised German nouns, ward and department words,
clock times, vertebral levels, young ages, bare years, DICOM and HL7 field names, CPT codes.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ages under 90, bare years and generic department names outside the
spans; for ages over 89 only the number, for extensions only the digits; a town named as a
residence or address is ADDRESS, a town inside or directly naming a facility is part of the
INSTITUTION; payer / insurer names are neither PHI nor keep-terms, their member numbers are ID;
an employer's or a military unit's name is INSTITUTION; in DICOM / HL7 PN values name prefixes
and suffixes after ^^ and assigning authorities after ^^^ are outside the span; placeholder
aliases of unidentified trauma patients are not PHI).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import Excerpt, build_excerpts

__all__ = ["EXCERPTS", "Excerpt"]

_RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de01",
        "de",
        "ZNA / Schockraum-Protokoll   Eingang 02:47 Uhr (RTW, NEF)\n"
        "Pat.: ⟦PERSON:Wojciechowski, Dariusz⟧  geb. ⟦DATE:14.07.1979⟧  Fall-Nr. ⟦ID:2026-118734⟧\n"
        "Polytrauma nach Motorradsturz, GCS 13. Traumaspirale (Siemens SOMATOM Force): "
        "Hämatopneumothorax rechts, Rippenserienfraktur 4-8, Milzlazeration AAST Grad III, "
        "Fraktur BWK 12 Typ A3 nach Magerl. Befund telefonisch an OA ⟦PERSON:Yilmaz⟧ (Unfallchirurgie, "
        "Piepser ⟦PHONE:4471⟧) um 03:12 Uhr.",
        (
            "Schockraum",
            "02:47 Uhr",
            "GCS 13",
            "SOMATOM Force",
            "Hämatopneumothorax",
            "AAST Grad III",
            "BWK 12",
            "Magerl",
            "03:12 Uhr",
        ),
    ),
    (
        "de02",
        "de",
        "Kinderradiologie – Befundbericht\n"
        "Kind: ⟦PERSON:Mila Schönfeld-Osei⟧, 3 J. 4 Mon., Station Kinderchirurgie K2\n"
        "Begleitperson/Sorgeberechtigt: Mutter ⟦PERSON:Abena Osei⟧, Tel. ⟦PHONE:0176 55 83 01 92⟧\n"
        "Sonographie Abdomen vom ⟦DATE:03.12.2026⟧: Target-Zeichen im rechten Unterbauch, "
        "ileokolische Invagination ca. 3,1 cm. Kein Meckel-Divertikel abgrenzbar. "
        "Hydrostatische Desinvagination unter Sonokontrolle erfolgreich. "
        "Zuweisung: Kinderarztpraxis ⟦INSTITUTION:Dr. Hufnagel & Partner⟧, ⟦ADDRESS:Lindenstr. 8, 49808 Lingen⟧.",
        (
            "3 J. 4 Mon.",
            "Kinderchirurgie",
            "Target-Zeichen",
            "Invagination",
            "Meckel-Divertikel",
            "Desinvagination",
            "Sonokontrolle",
        ),
    ),
    (
        "de03",
        "de",
        "MRT Schädel nativ und KM  |  Anforderung: Station P3 (geschützt), ⟦INSTITUTION:Vitos Klinikum Heppenheim⟧\n"
        "Pat. ⟦PERSON:Lennart Brückner⟧, 22 J., Erstmanifestation Psychose, Unterbringung nach PsychKG.\n"
        "Gesetzl. Betreuerin: ⟦PERSON:Sabine Riedl-Kaya⟧ (Betreuungsverein), erreichbar ⟦PHONE:06252 9176-0⟧.\n"
        "Befund: Keine Raumforderung, keine Marklagerläsionen (Fazekas 0), Hippocampi symmetrisch. "
        "Kein Hinweis auf Wernicke-Enzephalopathie. FLAIR und DWI unauffällig.",
        (
            "Station P3",
            "22 J.",
            "PsychKG",
            "Betreuungsverein",
            "Fazekas 0",
            "Hippocampi",
            "Wernicke-Enzephalopathie",
            "FLAIR",
            "DWI",
        ),
    ),
    (
        "de04",
        "de",
        "Akutgeriatrie – Röntgen Becken + Hüfte li. axial\n"
        "⟦PERSON:Hildegard Pawlowski⟧, ⟦AGE:94⟧-jährig, aus dem ⟦INSTITUTION:Seniorenstift Am Kurpark⟧ "
        "(Pflegekraft ⟦PERSON:Irina Schulz⟧, Wohnbereich 2). Sturz am ⟦DATE:Freitag, den 4. Dezember⟧ nachts.\n"
        "Mediale Schenkelhalsfraktur links, Garden III, Pauwels II. Ausgeprägte Osteopenie. "
        "Z. n. Hüft-TEP rechts 2014. Barthel-Index lt. Station 35.",
        (
            "Akutgeriatrie",
            "Wohnbereich 2",
            "Schenkelhalsfraktur",
            "Garden III",
            "Pauwels II",
            "Osteopenie",
            "Hüft-TEP",
            "2014",
            "Barthel-Index",
        ),
    ),
    (
        "de05",
        "de",
        "⟦INSTITUTION:Bundeswehrzentralkrankenhaus Koblenz⟧ · Abt. XV Radiologie\n"
        "Soldat: HptFw ⟦PERSON:Tobias Kämmerer⟧  PK ⟦ID:120488-K-40917⟧  Einheit: ⟦INSTITUTION:PzGrenBtl 371⟧\n"
        "Truppenarzt: OStArzt Dr. ⟦PERSON:Meike Ahrens⟧, ⟦INSTITUTION:SanUstgZ Marienberg⟧\n"
        "MRT Kniegelenk rechts: Korbhenkelriss Innenmeniskus, Bone bruise lateraler Femurkondylus, "
        "VKB intakt. Segond-Fragment nicht nachweisbar. Empfehlung: Vorstellung Sportorthopädie, "
        "Verwendungsfähigkeit vorerst eingeschränkt.",
        (
            "Abt. XV Radiologie",
            "Korbhenkelriss",
            "Innenmeniskus",
            "Femurkondylus",
            "VKB",
            "Segond-Fragment",
            "Sportorthopädie",
            "Verwendungsfähigkeit",
        ),
    ),
    (
        "de06",
        "de",
        "Anforderung aus dem ⟦INSTITUTION:Justizvollzugskrankenhaus Fröndenberg⟧ (Transport mit 2 Bediensteten)\n"
        "Gefangener: ⟦PERSON:Kasimir Dobrev⟧, Buch-Nr. ⟦ID:JVK 0347/26⟧, geb. ⟦DATE:1990-02-27⟧\n"
        "CT Gesichtsschädel: Blow-out-Fraktur des Orbitabodens links mit Herniation von Fettgewebe, "
        "M. rectus inferior nicht eingeklemmt. Nasenbeinfraktur. "
        "Rückfragen an den Anstaltsarzt Herrn Dr. ⟦PERSON:Ulf Wendtland⟧, Fax ⟦PHONE:02373 908-219⟧.",
        (
            "Transport",
            "Gesichtsschädel",
            "Blow-out-Fraktur",
            "Orbitabodens",
            "M. rectus inferior",
            "Nasenbeinfraktur",
            "Anstaltsarzt",
        ),
    ),
    (
        "de07",
        "de",
        "Mammographie-Screening – Ergebnismitteilung\n"
        "⟦INSTITUTION:Screening-Einheit Weser-Ems Süd⟧, Mammobil Standort ⟦ADDRESS:Cloppenburg, Marktplatz⟧\n"
        "Frau ⟦PERSON:Gülsen Aydoğan-Frerichs⟧, Teilnehmerinnen-Nr. ⟦ID:WES-2026-0083315⟧\n"
        "Doppelbefundung (Erstbefunderin Dr. ⟦PERSON:Anke Tjaden⟧, Zweitbefunder Dr. ⟦PERSON:P. Mnich⟧): "
        "ACR-Dichte C, gruppierter Mikrokalk li. oben außen, BI-RADS 4. "
        "Einladung zur Abklärung am ⟦DATE:16.12.2026⟧ um 10:40 Uhr, Tomosynthese und Vakuumbiopsie.",
        ("Doppelbefundung", "ACR-Dichte C", "Mikrokalk", "BI-RADS 4", "10:40 Uhr", "Tomosynthese", "Vakuumbiopsie"),
    ),
    (
        "de08",
        "de",
        "Studieneinschluss LDCT-Früherkennung (Visit V0)\n"
        "Proband-ID ⟦ID:LK-HD-0412⟧ | Initialen ⟦PERSON:R.W.⟧ | Einwilligung unterschrieben ⟦DATE:30.11.26⟧\n"
        "Raucheranamnese 41 Packungsjahre, Ex-Raucher seit 2021. Niedrigdosis-CT Thorax (CTDIvol 1,1 mGy): "
        "solider Rundherd S6 rechts 7 mm, Lung-RADS 3, Brock-Score 4,2 %. Emphysem zentrilobulär. "
        "Studienkoordination: ⟦PERSON:Jana Pietrowski⟧, ⟦EMAIL:lungscreen-studie@med.uni-hd-klinik.de⟧",
        ("Visit V0", "41 Packungsjahre", "2021", "CTDIvol", "S6", "Lung-RADS 3", "Brock-Score", "zentrilobulär"),
    ),
    (
        "de09",
        "de",
        "MSH|^~\\&|RIS|RAD|KIS|⟦INSTITUTION:KHNW⟧|20261204153012||ORU^R01|MSG88213|P|2.5\n"
        "PID|1||⟦ID:4400918273⟧^^^KHNW^PI||⟦PERSON:Heinemann^Jörg^Wilhelm⟧||⟦DATE:19580611⟧|M|||"
        "⟦ADDRESS:Bergstr. 41^^Wuppertal^^42105⟧||⟦PHONE:0202 449183⟧\n"
        "OBX|1|TX|CT-THX||Lungenembolie zentral beidseits, RV/LV-Quotient 1,3. Keine Infarktpneumonie.\n"
        "OBX|2|TX|CT-THX||Vidiert: Dr. ⟦PERSON:Szabó⟧",
        ("ORU^R01", "OBX", "CT-THX", "Lungenembolie", "RV/LV-Quotient", "Infarktpneumonie"),
    ),
    (
        "de10",
        "de",
        "FAXDECKBLATT   Seiten: 3 (inkl. Deckblatt)\n"
        "An: Praxis Dr. ⟦PERSON:Ferhat Ünal⟧, Fax ⟦PHONE:0231 / 77 21 06⟧\n"
        "Von: Radiologie ⟦INSTITUTION:MVZ Hellweg-Diagnostik⟧, Sekretariat Fr. ⟦PERSON:Budde⟧, "
        "Tel. ⟦PHONE:02303 5540-0⟧ Durchwahl ⟦PHONE:17⟧\n"
        "Betr.: ⟦PERSON:Kowalke, Ingeborg⟧, MRT LWS vom ⟦DATE:1.12.⟧\n"
        "Vertraulich! Falls fehlgeleitet, bitte vernichten. Befund: Spondylolisthesis L4/5 Meyerding I, "
        "Modic I Deckplatte L5.",
        (
            "FAXDECKBLATT",
            "Deckblatt",
            "Sekretariat",
            "LWS",
            "Spondylolisthesis",
            "L4/5",
            "Meyerding I",
            "Modic I",
            "Deckplatte",
        ),
    ),
    (
        "de11",
        "de",
        "[OCR Seite 1/2] Gemeinschaftspraxis fur Radiologie ⟦INSTITUTION:Dres. Lamprecht/Osterkamp⟧\n"
        "⟦ADDRESS:Am Sch1ossgarten 3 , 3l134 Hi1desheim⟧   Te1. ⟦PHONE:05121 93 O4 8⟧\n"
        "Patientin: ⟦PERSON:Marta Ko1odziej⟧ geb. ⟦DATE:O7.O3.l961⟧\n"
        "CT Abdomen: Hypodense Leber1asion Segment IVa, 2,4 cm, peripher nodu1ares Enhancement - "
        "typisch fur Hamangiom. Gallenblase mit Konkrement, Murphy-Zeichen klinisch negativ.",
        ("Segment IVa", "Enhancement", "Gallenblase", "Konkrement", "Murphy-Zeichen"),
    ),
    (
        "de12",
        "de",
        "Grenzüberschreitende Überweisung (Eurodistrikt)\n"
        "Zuweiser: ⟦INSTITUTION:Hôpitaux Civils de Colmar⟧, Dr ⟦PERSON:Élodie Schaeffer⟧, "
        "⟦PHONE:+33 3 89 12 45 67⟧\n"
        "Patient: ⟦PERSON:Jean-Baptiste Muller⟧ (frz. Grenzgänger), NIR ⟦ID:1 68 05 68 066 123 45⟧\n"
        "PET-CT bei uns am ⟦DATE:2. Dezember 2026⟧: FDG-avides Lymphom, Ann-Arbor-Stadium III, "
        "Deauville 5 mediastinal. Bilder über ⟦URL:https://bildaustausch.ortenau-rad.eu/case/77120⟧.",
        ("Eurodistrikt", "Grenzgänger", "PET-CT", "FDG-avides", "Ann-Arbor-Stadium III", "Deauville 5", "mediastinal"),
    ),
    (
        "de13",
        "de",
        "Arbeitsliste;Termin;Name;Geb.;Untersuchung;Modalität;Zuweiser\n"
        "1;07:30;⟦PERSON:Neumeier, Aurelia⟧;⟦DATE:22.10.2019⟧;MRT Hüfte bds (Perthes?);MR2;"
        "⟦INSTITUTION:SPZ Altötting⟧\n"
        "2;07:50;⟦PERSON:Baker, Finn⟧;⟦DATE:05.05.2012⟧;Rö Hand li. (Skelettalter Greulich-Pyle);DX1;"
        "Dr. ⟦PERSON:Stöckl⟧\n"
        "3;08:15;⟦PERSON:Haddad, Nour⟧;⟦DATE:11.01.2024⟧;US Hüfte nach Graf;US3;Nachsorge Station K4",
        ("Arbeitsliste", "07:30", "Perthes", "MR2", "Skelettalter", "Greulich-Pyle", "DX1", "Graf", "Station K4"),
    ),
    (
        "de14",
        "de",
        "Entlassungsbrief Geriatrie (Export mit Zeichensatzfehler)\n"
        "Sehr geehrte Frau Kollegin Dr. ⟦PERSON:BÃ¤rbel HÃ¶hne⟧,\n"
        "wir berichten Ã¼ber Ihren Patienten Herrn ⟦PERSON:Gerhard MÃ¼ller-GroÃŸ⟧, ⟦AGE:91⟧ Jahre, "
        "wohnhaft ⟦ADDRESS:KÃ¶nigsberger StraÃŸe 12, 37073 GÃ¶ttingen⟧. "
        "CCT: Normaldruckhydrozephalus (Evans-Index 0,34), DESH-Zeichen, Mikroangiopathie Fazekas 2. "
        "Tap-Test am ⟦DATE:26.11.2026⟧ mit Besserung der Gangstörung.",
        (
            "Zeichensatzfehler",
            "Normaldruckhydrozephalus",
            "Evans-Index",
            "DESH-Zeichen",
            "Mikroangiopathie",
            "Fazekas 2",
            "Tap-Test",
        ),
    ),
    (
        "de15",
        "de",
        "Kinderonkologisches Tumorboard ⟦DATE:Mi, 02.12.2026⟧, 15:00 Uhr, Raum 3.041\n"
        "Teilnehmer: Prof. ⟦PERSON:Quandt⟧ (Päd. Onkologie), Dr. ⟦PERSON:Nwachukwu⟧ (Kinderradiologie), "
        "Dr. ⟦PERSON:Sørensen⟧ (Kinderchirurgie)\n"
        "Pat.: ⟦PERSON:Emil Varga⟧, 4 J., Vater ⟦PERSON:Zoltán Varga⟧ anwesend.\n"
        "MRT Abdomen: Wilms-Tumor rechte Niere 9 cm, kein Tumorthrombus in V. cava inferior. "
        "Empfehlung: präoperative Chemotherapie nach SIOP-Protokoll.",
        ("Tumorboard", "15:00 Uhr", "Raum 3.041", "4 J.", "Wilms-Tumor", "V. cava inferior", "SIOP-Protokoll"),
    ),
    (
        "de16",
        "de",
        "Übergabe Nachtdienst Radiologie 06:55 Uhr\n"
        "- CT Kopf Bett 7 ZNA: Frau ⟦PERSON:Renate Wollny⟧ (⟦AGE:96⟧), SDH links 9 mm, Midline-Shift 4 mm, "
        "NC-Dienst Dr. ⟦PERSON:Al-Masri⟧ informiert (⟦PHONE:0151 2248 7730⟧).\n"
        "- Nachbefundung der Fremdaufnahmen aus dem ⟦INSTITUTION:Kreiskrankenhaus Grevenbroich⟧ "
        "(CD, Untersuchung vom ⟦DATE:29.11.⟧) steht aus.\n"
        "gez. ⟦PERSON:Konstantin Rehberg⟧, Assistenzarzt",
        ("Nachtdienst", "06:55 Uhr", "Bett 7", "SDH", "Midline-Shift", "NC-Dienst", "Fremdaufnahmen", "Assistenzarzt"),
    ),
    (
        "at01",
        "de",
        "⟦INSTITUTION:AUVA-Traumazentrum Wien Standort Meidling⟧ – Erstversorgung\n"
        "Verletzte/r: ⟦PERSON:Hrvoje Marković⟧, SVNR ⟦ID:3127 150882⟧, Dienstgeber: ⟦INSTITUTION:Porr Bau GmbH⟧\n"
        "Arbeitsunfall ⟦DATE:3.12.2026⟧ 09:20, Sturz vom Gerüst (ca. 4 m). CT Wirbelsäule: "
        "Berstungsfraktur LWK 1 (AO A4), Hinterkantenbeteiligung, Spinalkanaleinengung 40 %. "
        "Calcaneusfraktur rechts, Böhler-Winkel 8°. Diensthabender OA ⟦PERSON:Pichlmayr⟧, DW ⟦PHONE:3318⟧.",
        (
            "Erstversorgung",
            "Arbeitsunfall",
            "09:20",
            "Berstungsfraktur",
            "LWK 1",
            "AO A4",
            "Hinterkantenbeteiligung",
            "Calcaneusfraktur",
            "Böhler-Winkel",
        ),
    ),
    (
        "at02",
        "de",
        "⟦INSTITUTION:St. Anna Kinderspital⟧ · Kinderradiologie\n"
        "Patient: ⟦PERSON:Jonas Pölzl⟧ (8 Jahre), Erziehungsberechtigte: ⟦PERSON:Verena Pölzl⟧ und "
        "Ing. ⟦PERSON:Markus Thaler⟧ (getrennt lebend, beide auskunftsberechtigt)\n"
        "MRT Schädel: Medulloblastom 4. Ventrikel 3,8 cm, Hydrocephalus occlusus. "
        "Spinales MRT ohne Abtropfmetastasen (Chang M0). Besprechung mit Eltern am ⟦DATE:Montag, 7.12.⟧",
        (
            "8 Jahre",
            "Erziehungsberechtigte",
            "Medulloblastom",
            "4. Ventrikel",
            "Hydrocephalus occlusus",
            "Abtropfmetastasen",
            "Chang M0",
        ),
    ),
    (
        "at03",
        "de",
        "Anforderung Klinik Penzing, Psychiatrische Abteilung 4 – ⟦INSTITUTION:Klinik Penzing⟧\n"
        "Pat.: ⟦PERSON:Reinhold Tschernutter⟧, geb. ⟦DATE:02.09.1949⟧, Erwachsenenvertreter: "
        "Mag. ⟦PERSON:Claudia Wimmer-Leitgeb⟧ (⟦INSTITUTION:VertretungsNetz⟧, ⟦PHONE:01 330 46 00⟧)\n"
        "Fragestellung: rasch progrediente Demenz, DD Creutzfeldt-Jakob. MRT: kortikales Ribboning in DWI "
        "frontal und Caudatum-Signal bds. EEG und 14-3-3 empfohlen.",
        (
            "Psychiatrische Abteilung 4",
            "Erwachsenenvertreter",
            "Demenz",
            "Creutzfeldt-Jakob",
            "Ribboning",
            "DWI",
            "Caudatum",
            "14-3-3",
        ),
    ),
    (
        "at04",
        "de",
        "Pflegeheim-Transferblatt (Scan)\n"
        "Bewohnerin: ⟦PERSON:Aloisia Grabmaier⟧   Alter: ⟦AGE:98⟧   Zimmer 112\n"
        "Einrichtung: ⟦INSTITUTION:Haus der Barmherzigkeit Seeböckgasse⟧, ⟦ADDRESS:Seeböckgasse 30a, 1160 Wien⟧\n"
        "Bezugspflege: DGKP ⟦PERSON:Senad Hodžić⟧, Stationstelefon ⟦PHONE:+43 1 40199-1320⟧\n"
        "Thorax-Rö im Liegen: Pleuraerguss rechts, Kerley-B-Linien, Herzschatten verbreitert. PEG-Sonde in situ.",
        ("Transferblatt", "Zimmer 112", "Bezugspflege", "Pleuraerguss", "Kerley-B-Linien", "Herzschatten", "PEG-Sonde"),
    ),
    (
        "at05",
        "de",
        "⟦INSTITUTION:Heeresspital Stammersdorf⟧ – Stellungsuntersuchung / Nachuntersuchung\n"
        "Wehrpflichtiger ⟦PERSON:Elias Hohensinner⟧, Stellungsnummer ⟦ID:STK-W-26-041883⟧, "
        "⟦INSTITUTION:Stellungskommission Wien⟧\n"
        "Rö Thorax pa: Trichterbrust, Haller-Index (CT) 3,6. Keine pulmonalen Infiltrate. "
        "Skoliose BWS rechtskonvex, Cobb-Winkel 14°. Beurteilung durch Mjr. Dr. ⟦PERSON:Gernot Aschauer⟧.",
        ("Stellungsuntersuchung", "Wehrpflichtiger", "Trichterbrust", "Haller-Index", "Skoliose", "Cobb-Winkel", "14°"),
    ),
    (
        "at06",
        "de",
        "⟦INSTITUTION:Justizanstalt Josefstadt⟧, Sanitätsstelle · Zuweisung CT\n"
        "Insasse: ⟦PERSON:Ovidiu-Marian Lupescu⟧, Häftlingsnr. ⟦ID:JA-J 26/1147⟧\n"
        "Body-Packer-Verdacht (Aufgriff Flughafen ⟦DATE:05.12.2026⟧). CT Abdomen nativ: "
        "ca. 60 ovale hyperdense Fremdkörper in Kolon und Rektum, kein freies Gas, kein Ileus. "
        "Telefonisch an Justizwache-Kdt. ⟦PERSON:Gruber⟧ sowie Amtsarzt, ⟦PHONE:01 40474 2331⟧.",
        ("Sanitätsstelle", "Body-Packer", "Fremdkörper", "Kolon", "Rektum", "Ileus", "Amtsarzt"),
    ),
    (
        "at07",
        "de",
        "Österreichisches Brustkrebs-Früherkennungsprogramm – Befundschreiben\n"
        "Frau ⟦PERSON:Edina Horváth-Kern⟧, ⟦ADDRESS:Hauptplatz 9/2, 7000 Eisenstadt⟧\n"
        "Untersuchung am ⟦DATE:24. November 2026⟧ im ⟦INSTITUTION:Diagnosezentrum Neusiedl⟧: "
        "Mammographie beidseits, Brustdichte ACR b, BI-RADS 2 (Fibroadenom verkalkt rechts). "
        "Nächste Einladung in 24 Monaten. Rückfragen: Serviceline ⟦PHONE:0800 500 181⟧, "
        "⟦URL:www.frueh-erkennen.at⟧",
        ("Befundschreiben", "ACR b", "BI-RADS 2", "Fibroadenom", "24 Monaten", "Serviceline"),
    ),
    (
        "at08",
        "de",
        "Studienvisite (Registerstudie Hüftdysplasie)  Visite 3 / Monat 12\n"
        "Subjekt ⟦ID:HDR-GRZ-0119⟧ · Geb.-Monat ⟦DATE:03/2025⟧ · Mutter: ⟦PERSON:Theresa Kogler⟧\n"
        "Hüftsonographie nach Graf: rechts Typ IIa+ (Alpha 55°), links Typ Ia. Keine Therapie, "
        "Kontrolle in 6 Wochen. Studienassistenz ⟦PERSON:Lisa Strohmayer⟧, "
        "⟦EMAIL:l.strohmayer@medunigraz-studien.at⟧",
        (
            "Registerstudie",
            "Hüftdysplasie",
            "Visite 3",
            "Monat 12",
            "Graf",
            "Typ IIa+",
            "Alpha 55°",
            "Typ Ia",
            "6 Wochen",
        ),
    ),
    (
        "at09",
        "de",
        "(0008,0080) InstitutionName        LO [⟦INSTITUTION:LKH Villach⟧]\n"
        "(0008,0090) ReferringPhysicianName PN [⟦PERSON:Ogris^Hannes⟧^^Dr.]\n"
        "(0010,0010) PatientName            PN [⟦PERSON:ZWITTER^ANNELIESE⟧]\n"
        "(0010,0020) PatientID              LO [⟦ID:KAB-00839172⟧]\n"
        "(0010,1010) PatientAge             AS [⟦AGE:093⟧Y]\n"
        "(0008,1030) StudyDescription       LO [CT Schaedel nativ]\n"
        "(0018,0050) SliceThickness         DS [0.625]",
        (
            "InstitutionName",
            "ReferringPhysicianName",
            "PatientAge",
            "StudyDescription",
            "CT Schaedel nativ",
            "SliceThickness",
            "0.625",
        ),
    ),
    (
        "at10",
        "de",
        "Telefax   ⟦DATE:04.12.26⟧  14:07   S. 01/02\n"
        "an: ⟦INSTITUTION:Ordination Dr. Wallner-Egger⟧ (Allgemeinmedizin, Kassenvertrag ÖGK), "
        "⟦PHONE:07242 41 5 18⟧\n"
        "von: ⟦INSTITUTION:Röntgeninstitut Wels Kaiser-Josef-Platz⟧\n"
        "Pat. ⟦PERSON:Schöberl, Walpurga⟧ – MRT Schulter li.: Supraspinatussehne Komplettruptur, "
        "Retraktion Patte 2, fettige Degeneration Goutallier 3. Hill-Sachs-Delle.",
        (
            "Telefax",
            "14:07",
            "Allgemeinmedizin",
            "Supraspinatussehne",
            "Komplettruptur",
            "Patte 2",
            "Goutallier 3",
            "Hill-Sachs-Delle",
        ),
    ),
    (
        "at11",
        "de",
        "Vorbefund (eingescannt, OCR):\n"
        "Radiologie ⟦INSTITUTION:Dr. Brunnbauer & Dr. Fiala OG⟧, ⟦ADDRESS:Linzer Str. l7, 4020 Linz⟧\n"
        "Sehr geehrte Frau Dr. ⟦PERSON:Reisinger⟧! Bei lhrer Patientin ⟦PERSON:Jovana Ilić⟧, "
        "geb. ⟦DATE:l9.O4.l987⟧, zeigt das MRT der HWS einen mediolateralen Bandscheibenvorfall C5/6 "
        "links mit Kompression der Wurzel C6. Kein Myelopathiesignal.",
        ("Vorbefund", "HWS", "Bandscheibenvorfall", "C5/6", "Wurzel C6", "Myelopathiesignal"),
    ),
    (
        "at12",
        "de",
        "Überstellung nach Südtirol (Heimatversorgung)\n"
        "Empfänger: ⟦INSTITUTION:Ospedale di Brunico / Krankenhaus Bruneck⟧, Radiologie, z. H. "
        "Primar Dr. ⟦PERSON:Stefan Obexer⟧\n"
        "Pat.: ⟦PERSON:Lukas Oberhollenzer⟧, ital. Steuernr. ⟦ID:BRHLKS01C12B220X⟧\n"
        "Skiunfall Sölden ⟦DATE:1.12.2026⟧: Tibiakopffraktur Schatzker V, versorgt mit Plattenosteosynthese. "
        "Bilder via ELGA nicht abrufbar, CD beigelegt.",
        (
            "Heimatversorgung",
            "Skiunfall",
            "Tibiakopffraktur",
            "Schatzker V",
            "Plattenosteosynthese",
            "ELGA",
            "CD beigelegt",
        ),
    ),
    (
        "at13",
        "de",
        "Datum|Zeit|Patient|SVNR|Leistung|Befunder|Status\n"
        "⟦DATE:2026-12-03⟧|11:02|⟦PERSON:Kazemi, Shirin⟧|⟦ID:2841 030366⟧|MR Mamma bds|⟦PERSON:FRI⟧|vidiert\n"
        "⟦DATE:2026-12-03⟧|11:40|⟦PERSON:Brandstätter, Josef⟧|⟦ID:1570 190832⟧|CT Thorax LE-Protokoll|"
        "⟦PERSON:MOS⟧|offen\n"
        "⟦DATE:2026-12-03⟧|12:15|⟦PERSON:Addison, Ruth⟧|⟦ID:4412 281154⟧|Rö Knie stehend|⟦PERSON:FRI⟧|vidiert",
        ("Leistung", "Befunder", "11:02", "MR Mamma bds", "vidiert", "LE-Protokoll", "Rö Knie stehend"),
    ),
    (
        "at14",
        "de",
        "Nachtrag zum Befund vom ⟦DATE:30.11.2026⟧ (Pat. ⟦PERSON:Kofler-Nussbaumer, Ida⟧)\n"
        "Nach Vorliegen der Voraufnahmen aus dem ⟦INSTITUTION:BKH Kufstein⟧ (2023) ist der Rundherd im "
        "Mittellappen größenkonstant (6 mm) – somit benigne, keine Kontrolle nach Fleischner nötig. "
        "Mitgeteilt an Stationsärztin Dr.in ⟦PERSON:Nadia Ferhati⟧, Interne 2, um 16:25 Uhr.",
        ("Nachtrag", "Voraufnahmen", "2023", "Mittellappen", "größenkonstant", "Fleischner", "Interne 2", "16:25 Uhr"),
    ),
    (
        "at15",
        "de",
        "Interdisziplinäres Tumorboard Kopf-Hals, ⟦INSTITUTION:Tirol Kliniken⟧ – Verteiler:\n"
        "⟦EMAIL:hno.tumorboard@tirol-kliniken.at⟧; OA ⟦PERSON:Rudolf Stecher⟧ (HNO); "
        "Ass. ⟦PERSON:Mirela Dumitrescu⟧ (Strahlentherapie)\n"
        "Pat. ⟦PERSON:Pfeifer, Anton⟧, 67 a: Oropharynxkarzinom Tonsille links, p16 positiv, cT2 cN1, "
        "MRT: Infiltration Zungengrund. Empfehlung: definitive Radiochemotherapie mit Cisplatin.",
        (
            "Verteiler",
            "HNO",
            "Strahlentherapie",
            "67 a",
            "Oropharynxkarzinom",
            "p16",
            "cT2 cN1",
            "Zungengrund",
            "Cisplatin",
        ),
    ),
    (
        "at16",
        "de",
        "Terminbestätigung\n"
        "Sehr geehrter Herr ⟦PERSON:Bajramović⟧, Ihr Termin für die Coronar-CT: ⟦DATE:Dienstag, 15. Dezember 2026⟧, "
        "07:45 Uhr, ⟦INSTITUTION:Diagnostikum Graz Süd-West⟧, ⟦ADDRESS:Weblinger Gürtel 25, 8054 Graz⟧. "
        "Bitte nüchtern, Betablocker nach Rücksprache. e-card mitbringen. Absage bis 24 h vorher unter "
        "⟦PHONE:0316 29 22 44⟧ Kl. ⟦PHONE:5⟧.",
        ("Terminbestätigung", "Coronar-CT", "07:45 Uhr", "nüchtern", "Betablocker", "e-card", "24 h"),
    ),
    (
        "ch01",
        "de",
        "Universitäres Notfallzentrum ⟦INSTITUTION:Inselspital Bern⟧ – Schockraum 2, Alarm 23:14\n"
        "Pat. Unbekannt Männlich 17 (Notfall-Alias), später identifiziert als ⟦PERSON:Arben Krasniqi⟧, "
        "AHV ⟦ID:756.3319.4402.61⟧\n"
        "Ganzkörper-CT: Epiduralhämatom temporal rechts 14 mm, Schädelkalottenfraktur, "
        "Le-Fort-II-Fraktur. Rega-Transport aus ⟦ADDRESS:Adelboden⟧. Info an Neurochirurgie (Sucher ⟦PHONE:78 412⟧).",
        (
            "Schockraum 2",
            "23:14",
            "Notfall-Alias",
            "Ganzkörper-CT",
            "Epiduralhämatom",
            "Schädelkalottenfraktur",
            "Le-Fort-II-Fraktur",
            "Rega-Transport",
        ),
    ),
    (
        "ch02",
        "de",
        "⟦INSTITUTION:Universitäts-Kinderspital beider Basel⟧ (⟦INSTITUTION:UKBB⟧), Pädiatrische Radiologie\n"
        "Kind ⟦PERSON:Noah Gashi⟧, 6 Mt., Eltern: ⟦PERSON:Drita⟧ und ⟦PERSON:Besnik Gashi⟧; "
        "KESB-Meldung erfolgt.\n"
        "Skelettstatus: Metaphysäre Eckfrakturen distaler Femur bds., dorsale Rippenfrakturen 5-7 links "
        "unterschiedlichen Alters. Befund mit Kinderschutzgruppe (Dr. ⟦PERSON:Zürcher⟧) besprochen.",
        (
            "Pädiatrische Radiologie",
            "6 Mt.",
            "KESB-Meldung",
            "Skelettstatus",
            "Eckfrakturen",
            "Rippenfrakturen",
            "Kinderschutzgruppe",
        ),
    ),
    (
        "ch03",
        "de",
        "Zuweisung ⟦INSTITUTION:Psychiatrische Universitätsklinik Zürich⟧, Station E1 (Akutstation)\n"
        "Patientin: ⟦PERSON:Chiara Bühlmann⟧, 19 J., Anorexia nervosa, BMI 13,2\n"
        "DXA LWS/Hüfte: T-Score -2,9 (L1-L4), Z-Score -3,1. Osteoporose für Alter. "
        "Rö Thorax: keine Infiltrate. Verantw. Oberärztin Dr. med. ⟦PERSON:Ladina Caviezel⟧, "
        "Tel. ⟦PHONE:044 384 21 11⟧.",
        ("Station E1", "Akutstation", "19 J.", "Anorexia nervosa", "BMI 13,2", "DXA", "T-Score", "L1-L4", "Z-Score"),
    ),
    (
        "ch04",
        "de",
        "Armee – ⟦INSTITUTION:Militärärztlicher Dienst Rekrutenschule Thun⟧\n"
        "Rekrut ⟦PERSON:Severin Imboden⟧, Grad Rekr, Einteilung Pz Gren, AHV-Nr. ⟦ID:756.8823.0145.07⟧\n"
        "MRI Fuss rechts (extern im ⟦INSTITUTION:Spital Thun⟧): Stressfraktur Metatarsale II "
        "(Marschfraktur), Knochenmarködem. Marschdispens 6 Wochen. Truppenarzt Oblt ⟦PERSON:Moser⟧.",
        (
            "Grad Rekr",
            "Pz Gren",
            "Stressfraktur",
            "Metatarsale II",
            "Marschfraktur",
            "Knochenmarködem",
            "Marschdispens",
        ),
    ),
    (
        "ch05",
        "de",
        "Grenzgänger-Zuweisung an das ⟦INSTITUTION:Klinikum Konstanz⟧ (D)\n"
        "Von: ⟦INSTITUTION:Kantonsspital Münsterlingen⟧, Radiologie, ⟦ADDRESS:Spitalcampus 1, 8596 Münsterlingen⟧\n"
        "Patient ⟦PERSON:Reto Ammann⟧, wohnhaft ⟦ADDRESS:Kreuzlingen⟧, KK-Karte ⟦ID:80756 0001 2345 6789⟧\n"
        "Fragestellung PSMA-PET: PSA-Anstieg nach radikaler Prostatektomie 2022, PSA 0,6 ng/ml. "
        "Bitte Befund an ⟦EMAIL:radiologie@stgag-spital.ch⟧.",
        ("PSMA-PET", "PSA-Anstieg", "Prostatektomie", "2022", "0,6 ng/ml"),
    ),
    (
        "ch06",
        "de",
        "Datum\tUhrzeit\tName\tGeb\tModalität\tUntersuchung\n"
        "⟦DATE:04.12.2026⟧\t08:00\t⟦PERSON:Stauffacher Heidi⟧\t⟦DATE:12.06.1931⟧\tCT\tCT Abdomen (Appendizitis?)\n"
        "⟦DATE:04.12.2026⟧\t08:30\t⟦PERSON:Cavelti Gian-Reto⟧\t⟦DATE:03.03.2008⟧\tMR\tMR Knie (Osgood-Schlatter?)\n"
        "⟦DATE:04.12.2026⟧\t09:10\t⟦PERSON:Perthes Manuela⟧\t⟦DATE:17.08.1969⟧\tUS\tSono Schilddrüse TI-RADS",
        ("Uhrzeit", "Modalität", "08:00", "Appendizitis", "Osgood-Schlatter", "Sono Schilddrüse", "TI-RADS"),
    ),
    (
        "ch07",
        "de",
        "Studienaufnahme Kohortenstudie (Visit Baseline)\n"
        "Teilnehmer-ID: ⟦ID:SCS-BS-10473⟧ | Name (nur Zentrum): ⟦PERSON:Vreni Gerber-Flück⟧ | "
        "Jahrgang 1958\n"
        "Koronar-CT: Agatston-Score 412 (LAD 280), CAD-RADS 3, Plaque mit Napkin-Ring-Sign proximal RIVA. "
        "Prüfärztin PD Dr. ⟦PERSON:Sonja Frei⟧, ⟦INSTITUTION:USB⟧, ⟦PHONE:+41 61 328 65 04⟧.",
        (
            "Kohortenstudie",
            "Visit Baseline",
            "Jahrgang 1958",
            "Agatston-Score",
            "CAD-RADS 3",
            "Napkin-Ring-Sign",
            "RIVA",
            "Prüfärztin",
        ),
    ),
    (
        "ch08",
        "de",
        "Austrittsbericht Akutgeriatrie (Exportfehler Zeichensatz)\n"
        "Frau ⟦PERSON:RÃ¶sli BÃ¼rgi-Zumbrunnen⟧, ⟦AGE:101⟧-jÃ¤hrig, Alters- und Pflegeheim "
        "⟦INSTITUTION:Sonnmatt Hergiswil⟧; Beistand: ⟦PERSON:Urs KÃ¤lin⟧ (KESB Nidwalden)\n"
        "CT Thorax: Aspirationspneumonie Unterlappen rechts, Zenker-Divertikel mit Retention. "
        "Schluckabklärung durch Logopädie empfohlen.",
        (
            "Akutgeriatrie",
            "Aspirationspneumonie",
            "Unterlappen",
            "Zenker-Divertikel",
            "Retention",
            "Schluckabklärung",
            "Logopädie",
        ),
    ),
    (
        "ch09",
        "fr",
        "Urgences pédiatriques – ⟦INSTITUTION:HUG⟧, Hôpital des Enfants\n"
        "Enfant : ⟦PERSON:Léa Moreau-Diallo⟧, 2 ans, accompagnée de sa grand-mère Mme ⟦PERSON:Fatoumata Diallo⟧ "
        "(tél. ⟦PHONE:079 412 55 03⟧)\n"
        "Radiographie thorax : corps étranger radio-opaque (pièce de monnaie) dans l'œsophage proximal, "
        "niveau C7. Pas de signe de perforation. Avis ORL de garde à 19h40.",
        ("Urgences pédiatriques", "2 ans", "grand-mère", "corps étranger", "radio-opaque", "œsophage", "C7", "19h40"),
    ),
    (
        "ch10",
        "fr",
        "Programme vaudois de dépistage du cancer du sein – lettre de résultat\n"
        "Madame ⟦PERSON:Isabelle Rochat⟧, ⟦ADDRESS:Chemin des Vignes 4, 1095 Lutry⟧\n"
        "Votre mammographie du ⟦DATE:18 novembre 2026⟧, centre ⟦INSTITUTION:Imagerie du Flon⟧, "
        "nécessite un examen complémentaire (BI-RADS 0, asymétrie focale). "
        "Rendez-vous : ⟦DATE:mercredi 9 décembre⟧ à 14h15. Dossier n° ⟦ID:PVD-261118-0547⟧.",
        ("dépistage", "examen complémentaire", "BI-RADS 0", "asymétrie focale", "14h15"),
    ),
    (
        "ch11",
        "fr",
        "EMS ⟦INSTITUTION:La Résidence des Tilleuls⟧ – demande d'examen\n"
        "Résidente : ⟦PERSON:Marguerite Jaquier⟧, ⟦AGE:95⟧ ans. Médecin répondant : Dr ⟦PERSON:Bertrand Aebischer⟧, "
        "⟦ADDRESS:Rue du Lac 11, 1400 Yverdon-les-Bains⟧\n"
        "Chute le ⟦DATE:02.12.2026⟧. Radiographie : fracture de Colles du poignet gauche, "
        "fracture du col fémoral exclue. Ostéoporose diffuse. Infirmière-cheffe ⟦PERSON:S. Pittet⟧.",
        (
            "Médecin répondant",
            "Chute",
            "fracture de Colles",
            "poignet",
            "col fémoral",
            "Ostéoporose",
            "Infirmière-cheffe",
        ),
    ),
    (
        "ch12",
        "fr",
        "Transfert transfrontalier : ⟦INSTITUTION:CH Annecy Genevois⟧ → ⟦INSTITUTION:HUG⟧ (neurochirurgie)\n"
        "Patient : M. ⟦PERSON:Karim Benslimane⟧, né le ⟦DATE:3 août 1972⟧, frontalier, "
        "n° sécu ⟦ID:1 72 08 74 010 087 22⟧\n"
        "Angio-CT : anévrisme rompu de l'artère communicante antérieure, HSA Fisher modifié 3, WFNS 2. "
        "Contact régulateur SAMU 74 : ⟦PHONE:+33 4 50 63 63 63⟧.",
        (
            "transfrontalier",
            "neurochirurgie",
            "frontalier",
            "Angio-CT",
            "communicante antérieure",
            "Fisher modifié 3",
            "WFNS 2",
            "SAMU 74",
        ),
    ),
    (
        "ch13",
        "it",
        "Pronto soccorso – ⟦INSTITUTION:Ospedale Regionale di Lugano⟧ (⟦INSTITUTION:EOC⟧), sede Civico\n"
        "Paziente: ⟦PERSON:Bernasconi, Mirko⟧, nato il ⟦DATE:21/09/1985⟧, incidente stradale ore 17:50\n"
        "TC total body: lacerazione splenica grado IV AAST, emoperitoneo, frattura di Chance L2. "
        "Informato il chirurgo di guardia Dr. ⟦PERSON:Lepori⟧, cercapersone ⟦PHONE:6127⟧.",
        (
            "Pronto soccorso",
            "ore 17:50",
            "TC total body",
            "lacerazione splenica",
            "grado IV AAST",
            "emoperitoneo",
            "Chance",
            "L2",
        ),
    ),
    (
        "ch14",
        "it",
        "⟦INSTITUTION:Istituto pediatrico della Svizzera italiana⟧ – radiologia\n"
        "Bambina: ⟦PERSON:Sofia Cattaneo⟧, 11 anni; tutore legale: avv. ⟦PERSON:Paolo Rusca⟧ (ARP Bellinzona)\n"
        "RM ginocchio sinistro: osteocondrite dissecante condilo femorale mediale, stadio II secondo "
        "Hefti, cartilagine integra. Controllo fra 3 mesi presso ⟦INSTITUTION:San Giovanni⟧ di Bellinzona.",
        (
            "11 anni",
            "tutore legale",
            "osteocondrite dissecante",
            "condilo femorale mediale",
            "stadio II",
            "Hefti",
            "3 mesi",
        ),
    ),
    (
        "ch15",
        "it",
        "Casa anziani ⟦INSTITUTION:Al Parco Mendrisio⟧ – richiesta radiografia\n"
        "Ospite: ⟦PERSON:Ines Fontana-Bernasconi⟧, età ⟦AGE:92⟧; figlio di riferimento ⟦PERSON:Claudio Fontana⟧, "
        "⟦PHONE:091 646 21 87⟧\n"
        "RX bacino: frattura pertrocanterica destra, classificazione AO 31-A2. Coxartrosi "
        "Kellgren-Lawrence 3 controlaterale. Trasferimento in ortopedia alle 10:15.",
        (
            "richiesta radiografia",
            "RX bacino",
            "pertrocanterica",
            "AO 31-A2",
            "Coxartrosi",
            "Kellgren-Lawrence 3",
            "10:15",
        ),
    ),
    (
        "ch16",
        "it",
        "Lettera di invio frontalieri: ⟦INSTITUTION:ASST Sette Laghi⟧, "
        "⟦INSTITUTION:Ospedale di Circolo Varese⟧ → ⟦INSTITUTION:EOC⟧\n"
        "Gentile collega Dr.ssa ⟦PERSON:Alessandra Pedrazzini⟧,\n"
        "Le inviamo la sig.ra ⟦PERSON:Gabriella Colombo⟧ (CF ⟦ID:CLMGRL64D55L682K⟧) per RM mammaria "
        "pre-operatoria: carcinoma lobulare, ecografia del ⟦DATE:12 novembre 2026⟧. "
        "Cordiali saluti, dott. ⟦PERSON:Marco Brambilla⟧, ⟦EMAIL:m.brambilla@asst-settelaghi.it⟧",
        ("frontalieri", "RM mammaria", "pre-operatoria", "carcinoma lobulare", "ecografia", "Cordiali saluti"),
    ),
    (
        "uk01",
        "en",
        "MAJOR TRAUMA CENTRE – TRAUMA CALL 1 (pre-alert 21:36)\n"
        "Name: UNKNOWN, Zulu → merged with ⟦PERSON:O'Dowd, Ciarán⟧, NHS No. ⟦ID:485 777 3456⟧, "
        "Hosp No. ⟦ID:RX1-2088154⟧\n"
        "CT trauma protocol: Grade IV liver laceration, active arterial blush segment VI. Unstable pelvic ring "
        "injury (APC III, Young-Burgess). Discussed with IR consultant Dr ⟦PERSON:Adeyemi⟧ on bleep ⟦PHONE:2207⟧.",
        (
            "MAJOR TRAUMA CENTRE",
            "21:36",
            "CT trauma protocol",
            "liver laceration",
            "arterial blush",
            "segment VI",
            "APC III",
            "Young-Burgess",
        ),
    ),
    (
        "uk02",
        "en",
        "Paediatric Radiology – skeletal survey (safeguarding)\n"
        "Child: ⟦PERSON:Harley-Mae Price⟧, 5 months. Mother: ⟦PERSON:Jade Price⟧; mother's partner: "
        "⟦PERSON:Kyle Whitworth⟧ (not PR). Social worker: ⟦PERSON:Priya Ramanathan⟧, Children's Services, "
        "⟦PHONE:0114 273 4855⟧\n"
        "Findings: healing posterior rib fractures right 6-8, classic metaphyseal lesion left distal tibia. "
        "Repeat survey at 11-14 days advised (RCR/SCoR guidance).",
        (
            "skeletal survey",
            "safeguarding",
            "5 months",
            "not PR",
            "Children's Services",
            "posterior rib fractures",
            "classic metaphyseal lesion",
            "11-14 days",
        ),
    ),
    (
        "uk03",
        "en",
        "Referral from ⟦INSTITUTION:Broadmoor Hospital⟧ (secure forensic unit), escorted x3\n"
        "Patient: ⟦PERSON:Desmond Achterberg⟧, Mental Health Act s37/41, RiO ID ⟦ID:BRM0039182⟧\n"
        "MRI head: bilateral mesial temporal sclerosis, left > right. No mass. Responsible clinician "
        "Dr ⟦PERSON:Ifeoma Chukwu⟧, ⟦EMAIL:ifeoma.chukwu@wlmht.nhs.uk⟧. Report to ward, not to be sent to patient.",
        (
            "secure forensic unit",
            "escorted x3",
            "Mental Health Act",
            "s37/41",
            "mesial temporal sclerosis",
            "Responsible clinician",
        ),
    ),
    (
        "uk04",
        "en",
        "Care of the Elderly, Ward 27 (Frailty Unit)\n"
        "Mrs ⟦PERSON:Winifred Pugh⟧, aged ⟦AGE:97⟧, from ⟦INSTITUTION:Glan Ffrwd Residential Home⟧, "
        "⟦ADDRESS:Heol y Nant, Pontypridd CF37 4BQ⟧. NOK: niece ⟦PERSON:Rhian Bevan⟧ ⟦PHONE:07700 900418⟧\n"
        "CT head after unwitnessed fall: chronic left convexity subdural, 8 mm, no midline shift. "
        "Small vessel disease, old lacune right lentiform nucleus. On apixaban.",
        (
            "Care of the Elderly",
            "Ward 27",
            "Frailty Unit",
            "unwitnessed fall",
            "convexity subdural",
            "Small vessel disease",
            "lentiform nucleus",
            "apixaban",
        ),
    ),
    (
        "uk05",
        "en",
        "⟦INSTITUTION:Royal Centre for Defence Medicine⟧, ⟦INSTITUTION:QEHB⟧ – Radiology\n"
        "Service person: Cpl ⟦PERSON:Tamati Ngata⟧, Service No. ⟦ID:30144872⟧, ⟦INSTITUTION:1 RIFLES⟧\n"
        "MRI left knee: complete ACL tear, pivot-shift bone bruising, bucket-handle tear medial meniscus "
        "(double PCL sign). For DMRC Stanford Hall rehab pathway. Referrer Maj ⟦PERSON:H. Latchford⟧ RAMC.",
        ("Radiology", "ACL tear", "pivot-shift", "bucket-handle tear", "double PCL sign", "rehab pathway", "RAMC"),
    ),
    (
        "uk06",
        "en",
        "Healthcare Dept, ⟦INSTITUTION:HMP Wandsworth⟧ – X-ray request (escorted, cuffed)\n"
        "Prisoner: ⟦PERSON:Dwayne Okonjo-Blake⟧, Prison No. ⟦ID:A4417DK⟧, DOB ⟦DATE:09/01/1996⟧\n"
        "Right hand: boxer's fracture of 5th metacarpal neck, 40° volar angulation. No rotational deformity "
        "clinically. Fracture clinic referral. Report faxed to ⟦PHONE:020 8588 4211⟧.",
        (
            "Healthcare Dept",
            "escorted, cuffed",
            "boxer's fracture",
            "5th metacarpal",
            "volar angulation",
            "Fracture clinic",
        ),
    ),
    (
        "uk07",
        "en",
        "NHS Breast Screening Programme – ⟦INSTITUTION:Avon Breast Screening⟧\n"
        "Client: Mrs ⟦PERSON:Shabana Iqbal⟧  NHS No. ⟦ID:943 476 5919⟧  Round 3, Mobile Unit 2\n"
        "Screen date ⟦DATE:19-Nov-2026⟧. Right breast: 9 mm spiculate mass UOQ, M4. Left: normal (M1). "
        "Recall to assessment clinic ⟦DATE:Thursday 10th December⟧ 09:30 with Dr ⟦PERSON:Okafor⟧ and "
        "radiographer ⟦PERSON:Beth Tapscott⟧.",
        ("Round 3", "Mobile Unit 2", "spiculate mass", "UOQ", "M4", "M1", "assessment clinic", "09:30"),
    ),
    (
        "uk08",
        "en",
        "Targeted Lung Health Check – LDCT report\n"
        "Participant: ⟦PERSON:Gallacher, Brendan⟧  Study/TLHC ID ⟦ID:TLHC-MAN-044716⟧  CHI ⟦ID:0307584433⟧\n"
        "PLCOm2012 risk 3.1 %. 11 mm part-solid nodule RUL apical segment, Brock 18 %. "
        "BTS guideline: refer to lung cancer MDT. Coronary artery calcification (moderate), emphysema mild. "
        "Scanned at ⟦INSTITUTION:Wythenshawe⟧ mobile unit, ⟦ADDRESS:Asda car park, Harpurhey⟧.",
        (
            "Targeted Lung Health Check",
            "PLCOm2012",
            "part-solid nodule",
            "RUL",
            "Brock 18 %",
            "BTS guideline",
            "lung cancer MDT",
            "emphysema",
        ),
    ),
    (
        "uk09",
        "en",
        "Research imaging – enrolment note\n"
        "Trial participant ⟦ID:STR-07-0153⟧ (screening log no. ⟦ID:SL-211⟧), consented ⟦DATE:2 Dec 2026⟧ by "
        "research nurse ⟦PERSON:Olumide Bankole⟧. Baseline MRI brain per protocol: 3T Prisma, 3D T1 MPRAGE, "
        "SWI, ASL. Incidental: 6 mm left vestibular schwannoma (Koos 1) - PI Prof. ⟦PERSON:Ellery⟧ informed, "
        "GP to be told per incidental findings SOP.",
        (
            "enrolment note",
            "Baseline",
            "3T Prisma",
            "MPRAGE",
            "SWI",
            "ASL",
            "vestibular schwannoma",
            "Koos 1",
            "incidental findings SOP",
        ),
    ),
    (
        "uk10",
        "en",
        "PID|1||⟦ID:K1193847⟧^^^RTH^MR~⟦ID:4010232137⟧^^^NHS^NH||⟦PERSON:MCALLISTER^FIONA^J⟧^^MRS||"
        "⟦DATE:19640304⟧|F|||⟦ADDRESS:14 Tay Street^^Perth^^PH1 5LQ⟧\n"
        "PV1|1|E|ED^RESUS^3|||||⟦PERSON:C4411^RAMSAY^EUAN⟧\n"
        "OBR|1||⟦ID:RXA0098812⟧|CTPA^CT pulmonary angiogram\n"
        "OBX|1|FT|||Saddle embolus; RV dilatation. Westermark sign absent.",
        ("PV1", "RESUS", "CTPA", "pulmonary angiogram", "Saddle embolus", "RV dilatation", "Westermark sign"),
    ),
    (
        "uk11",
        "en",
        "FAX – CONFIDENTIAL – SAFE HAVEN\nTo: ⟦INSTITUTION:Moorview Surgery⟧, FAO Dr ⟦PERSON:P. Sandhu⟧ "
        "Fax ⟦PHONE:01752 663 019⟧\nFrom: Imaging Dept, ⟦INSTITUTION:Derriford⟧, ext ⟦PHONE:53140⟧\n"
        "Re: ⟦PERSON:Lowther, Agnes⟧ DOB ⟦DATE:31.05.1938⟧\nUS abdomen: gallbladder wall thickening, "
        "pericholecystic fluid, sonographic Murphy positive. Acute cholecystitis.",
        (
            "SAFE HAVEN",
            "FAO",
            "Imaging Dept",
            "gallbladder wall thickening",
            "pericholecystic fluid",
            "sonographic Murphy",
            "Acute cholecystitis",
        ),
    ),
    (
        "uk12",
        "en",
        "[scanned letter, OCR, wrapped 60 col]\n"
        "Dear Dr ⟦PERSON:Mahmood⟧, I saw your patient Mr ⟦PERSON:Thom\nas Fairweather⟧ (d.o.b. "
        "⟦DATE:l2/O8/1955⟧) in the\nSpinal Clinic at ⟦INSTITUTION:Salford Royal⟧ on ⟦DATE:26th Nov⟧.\n"
        "MRI shows L4/5 canal stenosis with sedimentation sign\nand Schizas grade C. Not for surgery "
        "at present.\nYours sincerely, Mr ⟦PERSON:R Oyelaran⟧ FRCS",
        ("wrapped 60 col", "Spinal Clinic", "L4/5", "canal stenosis", "sedimentation sign", "Schizas grade C", "FRCS"),
    ),
    (
        "uk13",
        "en",
        "acc_no,surname,forename,dob,exam,site,rad\n"
        "⟦ID:RGT26M081124⟧,⟦PERSON:Baxendale⟧,⟦PERSON:Imogen⟧,⟦DATE:2017-06-22⟧,XR elbow,"
        "⟦INSTITUTION:Addenbrooke's⟧ ED,⟦PERSON:JKH⟧\n"
        "⟦ID:RGT26M081131⟧,⟦PERSON:Parkinson⟧,⟦PERSON:Leo⟧,⟦DATE:2014-12-01⟧,US hips (Perthes?),"
        "⟦INSTITUTION:Rosie⟧,⟦PERSON:SVT⟧\n"
        "# supracondylar fracture Gartland II; posterior fat pad sign",
        ("acc_no", "XR elbow", "US hips", "Perthes", "supracondylar fracture", "Gartland II", "posterior fat pad sign"),
    ),
    (
        "uk14",
        "en",
        "MDT outcome – Paediatric Neuro-oncology, ⟦DATE:Wed 2/12/26⟧\n"
        "Distribution: Dr ⟦PERSON:N. Hollis⟧ (Consultant Paediatric Oncologist); Sister ⟦PERSON:Aoife Brennan⟧ "
        "(CNS, ⟦PHONE:0161 701 5532⟧); parents Mr & Mrs ⟦PERSON:Kaczmarek⟧\n"
        "MRI: diffuse midline glioma, H3 K27M, pons, 3.4 cm. No leptomeningeal spread. "
        "Outcome: focal radiotherapy 54 Gy; discuss BIOMEDE-type trial at ⟦INSTITUTION:The Christie⟧.",
        (
            "MDT outcome",
            "Paediatric Oncologist",
            "CNS",
            "diffuse midline glioma",
            "H3 K27M",
            "pons",
            "leptomeningeal",
            "54 Gy",
        ),
    ),
    (
        "uk15",
        "en",
        "Kind regards,\n⟦PERSON:Siobhan McGuinness⟧ | Radiology Appointments Coordinator\n"
        "⟦INSTITUTION:Altnagelvin Area Hospital⟧, ⟦ADDRESS:Glenshane Road, Londonderry BT47 6SB⟧\n"
        "T: ⟦PHONE:028 7161 1160⟧ x ⟦PHONE:3745⟧ | ⟦EMAIL:siobhan.mcguinness@westerntrust.hscni.net⟧\n"
        "Your MRI prostate (PI-RADS protocol, Buscopan given) is booked for 13:20. "
        "This e-mail may contain confidential information.",
        ("Appointments Coordinator", "MRI prostate", "PI-RADS", "Buscopan", "13:20", "confidential information"),
    ),
    (
        "uk16",
        "en",
        "Cross-border: imaging transferred from ⟦INSTITUTION:Beaumont Hospital, Dublin⟧ via IEP\n"
        "Patient ⟦PERSON:Niamh Ó Súilleabháin⟧, MRN (IE) ⟦ID:B0734419⟧, now at ⟦INSTITUTION:Craigavon⟧\n"
        "Outside CT ⟦DATE:28 November 2026⟧ compared: 2.1 cm left adrenal adenoma, 8 HU unenhanced, "
        "stable vs 2019. Not Addison's. No further imaging. Reported by Dr ⟦PERSON:C. Ferreira⟧, ST4.",
        ("IEP", "Outside CT", "adrenal adenoma", "8 HU", "unenhanced", "2019", "Addison's", "ST4"),
    ),
    (
        "us01",
        "en",
        "LEVEL I TRAUMA ACTIVATION – ⟦INSTITUTION:Harborview⟧ ED, Bay 4, arrival 01:18\n"
        "Pt: TRAUMA, ECHO / ⟦PERSON:Ruiz-Zapata, Héctor⟧  MRN ⟦ID:H0048817265⟧  FIN ⟦ID:7723019944⟧\n"
        "GSW left flank. CT A/P with contrast: through-and-through injury descending colon, retroperitoneal "
        "hematoma zone II, no active extravasation. L3 transverse process fx. FAST was negative. "
        "Called to Dr. ⟦PERSON:Kessler⟧ (trauma surgery) at 01:52, read back confirmed.",
        (
            "LEVEL I TRAUMA ACTIVATION",
            "Bay 4",
            "01:18",
            "GSW",
            "descending colon",
            "zone II",
            "transverse process",
            "FAST",
            "read back",
        ),
    ),
    (
        "us02",
        "en",
        "⟦INSTITUTION:Lurie Children's⟧ – Pediatric Radiology\n"
        "Patient: ⟦PERSON:Zaylee Thompson-Reyes⟧, 9 y.o.; legal guardian (grandmother): ⟦PERSON:Loretta Thompson⟧, "
        "⟦PHONE:(773) 555-0148⟧; DCFS caseworker ⟦PERSON:Marcus Bell⟧\n"
        "Ultrasound RLQ: non-compressible appendix 9 mm with appendicolith, periappendiceal fat stranding. "
        "Pediatric appendicitis score 8. Findings discussed with Dr. ⟦PERSON:Banerjee⟧, pager ⟦PHONE:2291⟧.",
        (
            "Pediatric Radiology",
            "9 y.o.",
            "legal guardian",
            "non-compressible appendix",
            "appendicolith",
            "fat stranding",
            "appendicitis score 8",
        ),
    ),
    (
        "us03",
        "en",
        "⟦INSTITUTION:Western State Hospital⟧ (forensic psychiatry) – outpatient imaging request\n"
        "Patient ⟦PERSON:Cletus Varner⟧, DOB ⟦DATE:Apr 17 1981⟧, NGRI commitment, 2:1 escort\n"
        "CT head w/o: no acute intracranial process. Cavum septum pellucidum. Ventricles normal. "
        "Clozapine level pending. Treating psychiatrist Dr. ⟦PERSON:Amara Okoro-Lindqvist⟧, "
        "⟦PHONE:253-582-8900⟧ ext. ⟦PHONE:6114⟧.",
        (
            "forensic psychiatry",
            "NGRI",
            "2:1 escort",
            "intracranial",
            "Cavum septum pellucidum",
            "Ventricles",
            "Clozapine",
        ),
    ),
    (
        "us04",
        "en",
        "SNF transfer – ⟦INSTITUTION:Maple Ridge Skilled Nursing & Rehab⟧, "
        "⟦ADDRESS:4410 Old Post Rd, Rutland, VT 05701⟧\n"
        "Resident: ⟦PERSON:Mildred Ostrowski⟧, age ⟦AGE:90⟧, DNR/DNI. POA: son ⟦PERSON:Gary Ostrowski⟧ "
        "⟦PHONE:802-555-0193⟧\n"
        "CXR portable AP: new left lower lobe consolidation and small effusion, aspiration likely. "
        "NG tube tip in stomach. Feeding per speech pathology.",
        (
            "SNF transfer",
            "DNR/DNI",
            "POA",
            "portable AP",
            "left lower lobe",
            "consolidation",
            "NG tube",
            "speech pathology",
        ),
    ),
    (
        "us05",
        "en",
        "⟦INSTITUTION:Walter Reed National Military Medical Center⟧ – Radiology\n"
        "SM: SSG ⟦PERSON:Darnell Whitfield⟧, DoD ID ⟦ID:1287734590⟧, FMP 20, unit ⟦INSTITUTION:3-75 RGR⟧\n"
        "MRI brain TBI protocol (DTI, SWI): multiple microhemorrhages at gray-white junction, "
        "consistent with diffuse axonal injury, blast exposure 2019. MEB referral per LTC ⟦PERSON:Huang⟧.",
        (
            "TBI protocol",
            "DTI",
            "SWI",
            "microhemorrhages",
            "gray-white junction",
            "diffuse axonal injury",
            "blast exposure",
            "MEB",
        ),
    ),
    (
        "us06",
        "en",
        "Correctional health – ⟦INSTITUTION:CDCR Mule Creek State Prison⟧\n"
        "Inmate: ⟦PERSON:ALVARADO, JESUS M.⟧  CDCR# ⟦ID:BK4471⟧  Housing C-12-114L\n"
        "Tele-read CT chest (⟦DATE:12/03/2026⟧): cavitary RUL lesion with tree-in-bud, r/o TB. "
        "Airborne isolation recommended. Alvarado score not applicable. Results to CME "
        "Dr. ⟦PERSON:Nkemelu⟧ via ⟦EMAIL:mcsp.medrecords@cdcr.ca.gov⟧.",
        (
            "Correctional health",
            "Tele-read",
            "cavitary",
            "RUL",
            "tree-in-bud",
            "Airborne isolation",
            "Alvarado score",
            "CME",
        ),
    ),
    (
        "us07",
        "en",
        "MQSA lay letter – ⟦INSTITUTION:Sunbelt Women's Imaging⟧, "
        "⟦ADDRESS:2200 Cedar Springs Rd Ste 140, Dallas TX 75201⟧\n"
        "Dear Ms. ⟦PERSON:Nguyen Thi Hoa⟧,\nYour screening mammogram of ⟦DATE:November 20, 2026⟧ showed "
        "no sign of cancer (BI-RADS 1). Breast density: heterogeneously dense (C). Per Texas law you may "
        "benefit from supplemental MRI. Questions: ⟦PHONE:214-555-0177⟧.",
        ("MQSA", "screening mammogram", "BI-RADS 1", "heterogeneously dense", "supplemental MRI"),
    ),
    (
        "us08",
        "en",
        "LOW-DOSE CT LUNG CANCER SCREENING (annual)\n"
        "⟦PERSON:Pruitt, Earl D⟧ | MRN ⟦ID:0077319462⟧ | 68 y | 52 pack-years, quit 2020 | shared decision "
        "visit ⟦DATE:10/28/26⟧ with ⟦PERSON:Kimberly Oduya⟧, NP\n"
        "Lung-RADS v2022 4A: 9 mm solid nodule LLL, new. Follow-up LDCT in 3 months or PET/CT. "
        "Emphysema, coronary calcium moderate. S-modifier: thyroid nodule 1.8 cm.",
        ("52 pack-years", "2020", "shared decision", "Lung-RADS v2022 4A", "LLL", "3 months", "PET/CT", "S-modifier"),
    ),
    (
        "us09",
        "en",
        "RESEARCH ENROLLMENT – IRB ⟦ID:STUDY00021477⟧\n"
        "Subject ⟦ID:ADRC-1044⟧ enrolled ⟦DATE:2026-11-30⟧; study partner ⟦PERSON:Helen Brauer⟧ (spouse). "
        "Amyloid PET (florbetapir) positive, centiloid 62. MRI: ARIA-E absent, 2 microbleeds, "
        "hippocampal volume 5th percentile. Coordinator ⟦PERSON:T. Marchetti⟧, ⟦PHONE:(608) 555-0102⟧.",
        (
            "RESEARCH ENROLLMENT",
            "study partner",
            "florbetapir",
            "centiloid 62",
            "ARIA-E",
            "microbleeds",
            "5th percentile",
        ),
    ),
    (
        "us10",
        "en",
        "MSH|^~\\&|EPIC|⟦INSTITUTION:MAYOCLINIC⟧|PACS|RAD|20261204091500||ADT^A04|8814202|P|2.3\n"
        "PID|1||⟦ID:11428893⟧^^^MC^MR||⟦PERSON:HALVORSEN^INGRID^K⟧||⟦DATE:19470922⟧|F||W|"
        "⟦ADDRESS:1718 7TH ST SW^^ROCHESTER^MN^55902⟧||⟦PHONE:(507)555-0164⟧|||||⟦ID:472-88-1039⟧\n"
        "PV1||O|MRI^GONDA 2||||⟦PERSON:1450331^Whipple^Grant⟧",
        ("ADT^A04", "PID", "PV1", "GONDA 2"),
    ),
    (
        "us11",
        "en",
        "*** FAX COVER SHEET ***  Date: ⟦DATE:12/4/26⟧  Pages: 4\n"
        "TO: ⟦INSTITUTION:Pinecrest Family Medicine⟧  ATTN: Dr. ⟦PERSON:Gupta⟧  FAX ⟦PHONE:(919) 555-0139⟧\n"
        "FROM: ⟦INSTITUTION:Triangle Imaging Associates⟧  PH ⟦PHONE:919-555-0150⟧\n"
        "RE: ⟦PERSON:Boudreaux, Celeste⟧  DOB ⟦DATE:2/14/1977⟧\n"
        "MRI L-spine: L5-S1 disc extrusion, contacts the descending S1 nerve root. Modic type 2 endplate changes.",
        ("FAX COVER SHEET", "Pages: 4", "L-spine", "L5-S1", "disc extrusion", "S1 nerve root", "Modic type 2"),
    ),
    (
        "us12",
        "en",
        "OCR import (outside report) ...\n⟦INSTITUTION:VALLEY 0PEN MRI⟧ ⟦ADDRESS:88 W Ma1n St, Fresno CA 937O1⟧\n"
        "PATlENT: ⟦PERSON:S0TO, MARlSOL⟧   D0B: ⟦DATE:O3/3O/1968⟧   ACC: ⟦ID:VOM-2611-3348⟧\n"
        "lMPRESSlON: Right shoulder full-thickness supraspinatus tear with 2 cm retraction. "
        "Type II acromion. Valley fever serology suggested for lung nodules on scout.",
        (
            "OCR import",
            "outside report",
            "full-thickness",
            "supraspinatus",
            "2 cm retraction",
            "Type II acromion",
            "Valley fever",
        ),
    ),
    (
        "us13",
        "en",
        "Acc#|Pt|DOB|Exam|Priority|Ordering\n"
        "⟦ID:CT26-0771204⟧|⟦PERSON:Jefferson, Marlon⟧|⟦DATE:08/08/2001⟧|CT C-spine (NEXUS+)|STAT|"
        "⟦PERSON:ROWE, KATHERINE⟧ MD\n"
        "⟦ID:CT26-0771211⟧|⟦PERSON:Baker, Josephine A⟧|⟦DATE:03/12/1933⟧|CTA head/neck|Code Stroke|"
        "⟦PERSON:PATEL, VIKRAM⟧ DO\n"
        "note: C1 Jefferson fracture suspected on outside XR",
        ("Acc#", "NEXUS", "STAT", "CTA head/neck", "Code Stroke", "C1", "Jefferson fracture", "outside XR"),
    ),
    (
        "us14",
        "en",
        "ADDENDUM (⟦DATE:12/05/2026⟧ 07:12): Prior study from ⟦INSTITUTION:St. Luke's Meridian⟧ "
        "(⟦DATE:June 2024⟧) now available via PowerShare. The 1.4 cm Bosniak IIF cyst of the left kidney is "
        "unchanged over 2 years; downgrade not applicable. Communicated to ⟦PERSON:Tomasz Wierzbicki⟧ PA-C "
        "by secure chat. Electronically signed: ⟦PERSON:Rebecca Holloway⟧, MD",
        ("ADDENDUM", "07:12", "PowerShare", "Bosniak IIF", "left kidney", "2 years", "PA-C", "secure chat"),
    ),
    (
        "us15",
        "en",
        "Referral packet â€“ from ⟦INSTITUTION:Clínica Alemana de Santiago⟧ (translated)\n"
        "Paciente/Patient: ⟦PERSON:JosÃ© Ignacio PeÃ±a⟧, passport ⟦ID:P08812734⟧, US contact cousin "
        "⟦PERSON:MarÃ­a PeÃ±a⟧ â€“ ⟦PHONE:+1 305 555 0186⟧\n"
        "Outside MRI: hepatocellular carcinoma 4.2 cm segment VIII, LI-RADS 5, within Milan criteria. "
        "For transplant evaluation.",
        (
            "Referral packet",
            "translated",
            "hepatocellular carcinoma",
            "segment VIII",
            "LI-RADS 5",
            "Milan criteria",
            "transplant evaluation",
        ),
    ),
    (
        "us16",
        "en",
        "Insurance: TRICARE East  Member ID ⟦ID:TRX884201937⟧  Sponsor: ⟦PERSON:Vasquez, Ramon⟧\n"
        "Prior auth # ⟦ID:PA-26-559013⟧ approved for MRI pelvis (CPT 72197)\n"
        "Pt ⟦PERSON:Elena Vasquez⟧, 34F. Fibroid uterus, largest FIGO 4 intramural 6 cm; adenomyosis JZ 14 mm. "
        "For UFE consult with IR, ⟦INSTITUTION:Naval Medical Center Portsmouth⟧.",
        ("Prior auth", "CPT 72197", "34F", "FIGO 4", "intramural", "adenomyosis", "JZ 14 mm", "UFE consult"),
    ),
)

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
