"""Held-out 20: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
16, 17 and 18, held-out 9's `build_excerpts` / `Excerpt` sources, the LABELS / COUNTRIES tuples,
and the runners and floor test of held-outs 8, 9, 11 and 15). 75 excerpts, 15 each from DE, AT,
CH (7 German, 4 French, 4 Italian), UK and US, leaning on document types less common in earlier
sets: e-mail threads, HL7 v2 ORU / PID fragments, teleradiology and night-shift handovers,
second-opinion letters, screening-programme letters (mammography, AAA, lung), PACS / CD import
logs, structured oncology reports (rectum MRI, LI-RADS, Lugano, RECIST, BI-RADS synoptic),
paediatric and emergency notes, plus DICOM header dumps, CSV/TSV/pipe worklists and billing
exports, tumour boards with distribution lists, addenda, signatures and e-mail footers,
appointment letters and insurance lines. PHI in national forms (persons of many origins with and
without titles or labels, "Surname, Firstname", surname-first without comma, DICOM / HL7 PN,
user logins and initials, relatives, carers, legal guardians and representatives, staff,
outside doctors, surnames that are also eponyms or words: Pfannenstiel, Holzknecht, Addison,
Whitmore, Parkinson, Bell, Lange, Kurz; facilities with and without keywords, acronyms and
ODS codes, short forms, practices, care homes, hospices, imaging centres, teleradiology firms;
address blocks, inline addresses and HL7 address fields; phones, faxes, mobiles, extensions,
bleeps; IDs of many kinds: MRN, case, accession, NHS / CHI, SVNR, AHV, insurance card, Medicare
MBI, trial, screening and message-order numbers; dates in numeric, DICOM, ISO, HL7 and written
forms in four languages; e-mails; URLs; ages over 89). Keep-terms about as many as the PHI
spans and as hard: eponyms that are also surnames (Graf, Douglas, Baastrup, Crawford, Modic,
Rigler, Segond, Hill-Sachs, Bankart, Jefferson, Chance, Baker, Courvoisier, Westermark,
Addison's disease), place-named criteria and diseases (Milan, Lugano, Ann Arbor, Fukuoka,
Stanford, Canadian C-spine rule, Manchester-Triage, Philadelphia-Kragen), anatomy, drugs,
devices, scanners, sequences, scores and classifications, capitalised German nouns, ward and
department words, clock times, young ages, bare years, DICOM and HL7 field names.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ages under 90, bare years and generic department names outside the
spans; for ages over 89 only the number, for extensions only the digits; a town named as a
residence or address is ADDRESS, a town inside or directly naming a facility is part of the
INSTITUTION; payer / insurer names are neither PHI nor keep-terms, their member numbers are ID;
in HL7 fields the assigning authority and type codes after an ID are outside the span).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import build_excerpts

_RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # ---------------------------------------------------------------- DE
    (
        "de01",
        "de",
        "Von: ⟦PERSON:Kerstin Wohlgemuth⟧ <⟦EMAIL:k.wohlgemuth@radiologie-nordstadt.de⟧>\n"
        "Gesendet: ⟦DATE:Dienstag, 14. Mai 2024⟧ 08:12\nAn: Sekretariat Neuroradiologie\n"
        "Betreff: AW: Voraufnahmen ⟦PERSON:Yilmaz, Deniz⟧\n\nHallo zusammen, die MRT vom ⟦DATE:02.05.2024⟧ "
        "(Fremdaufnahme ⟦INSTITUTION:Radiologie Lindqvist & Partner⟧) ist jetzt im PACS. Vergleich mit FLAIR "
        "und DWI bitte vor der Demenz-Sprechstunde um 10:30 Uhr.",
        (
            "Sekretariat Neuroradiologie",
            "Voraufnahmen",
            "Fremdaufnahme",
            "PACS",
            "FLAIR",
            "DWI",
            "Demenz-Sprechstunde",
            "10:30 Uhr",
        ),
    ),
    (
        "de02",
        "de",
        "MSH|^~\\&|RIS|⟦INSTITUTION:KLINIKUM WESTHAVEN⟧|KIS||⟦DATE:20240611093215⟧||ORU^R01|MSG004471|P|2.5\n"
        "PID|1||⟦ID:004517728⟧^^^KWH^PI||⟦PERSON:KOWALCZYK^MAGDALENA⟧||⟦DATE:19610307⟧|F|||"
        "⟦ADDRESS:Lerchenweg 12^^Oberursel^^61440⟧\nOBR|1|⟦ID:A24-118830⟧||CTTHX^CT Thorax nativ\n"
        "OBX|1|TX|||Kein Nachweis eines Rundherdes > 6 mm (Fleischner 2017). Emphysem zentrilobulär.",
        ("ORU^R01", "CT Thorax nativ", "Rundherdes", "Fleischner 2017", "Emphysem", "zentrilobulär"),
    ),
    (
        "de03",
        "de",
        "Teleradiologie-Übergabe 02:40 Uhr – Nachtdienst ⟦INSTITUTION:Kreiskrankenhaus Bad Sülzbach⟧ an Befunder "
        "⟦PERSON:Ole Brandstätter⟧ (Teleradiologiezentrum). Pat. ⟦PERSON:Henrike Vogelsang⟧, 67 J., cCT: "
        "hyperdense A. cerebri media links, ASPECTS 8, keine Blutung. Rückruf an den diensthabenden Internisten "
        "Dr. ⟦PERSON:Baptiste Morel⟧ unter ⟦PHONE:07143 982-417⟧ erfolgt, Lyse läuft.",
        (
            "02:40 Uhr",
            "Nachtdienst",
            "Teleradiologiezentrum",
            "67 J.",
            "A. cerebri media",
            "ASPECTS 8",
            "Internisten",
            "Lyse",
        ),
    ),
    (
        "de04",
        "de",
        "Zweitmeinung auf Wunsch der Patientin\nSehr geehrte Frau Kollegin ⟦PERSON:Ebersbach⟧,\n"
        "wir haben die auswärtigen Aufnahmen (⟦INSTITUTION:MVZ Radiologie Rheinaue⟧, MRT Becken vom "
        "⟦DATE:19.03.2024⟧) Ihrer Patientin Frau ⟦PERSON:Swetlana Meier⟧, geb. ⟦DATE:22.11.1979⟧, nachbefundet. "
        "Der Befund entspricht einer Adenomyose (Junktionalzone 14 mm in T2w). Keine Endometriose-Herde im "
        "Douglas-Raum.",
        ("Zweitmeinung", "MRT Becken", "Adenomyose", "Junktionalzone", "T2w", "Endometriose-Herde", "Douglas-Raum"),
    ),
    (
        "de05",
        "de",
        "Mammographie-Screening-Programm – ⟦INSTITUTION:Screening-Einheit Münsterland-Ost⟧\n"
        "⟦ADDRESS:Postfach 21 08, 48143 Münster⟧\nFrau\n⟦PERSON:Agnieszka Hoffmann-Krol⟧\n"
        "⟦ADDRESS:Am Steinbrink 7a\n48341 Altenberge⟧\nEinladung zur Früherkennungsuntersuchung am "
        "⟦DATE:Mittwoch, 4. September 2024⟧, 14:20 Uhr, im Mammobil. Ihre Screening-ID: ⟦ID:SCR-7720-4418-03⟧. "
        "Bitte bringen Sie Ihre Versichertenkarte mit.",
        (
            "Mammographie-Screening-Programm",
            "Einladung",
            "Früherkennungsuntersuchung",
            "14:20 Uhr",
            "Mammobil",
            "Versichertenkarte",
        ),
    ),
    (
        "de06",
        "de",
        "[⟦DATE:2024-06-03⟧ 07:41:12] INFO import job 55213 started, source=CD, study date ⟦DATE:2024-05-28⟧\n"
        '[⟦DATE:2024-06-03⟧ 07:41:14] WARN PatientName mismatch: CD="⟦PERSON:SCHWARZKOPF^GERTRUD⟧" '
        'RIS="⟦PERSON:Schwarzkopf, Gertrud⟧" PatientID=⟦ID:KH0098127⟧\n[⟦DATE:2024-06-03⟧ 07:41:15] INFO '
        'InstitutionName="⟦INSTITUTION:Radiologisches Zentrum Elbaue⟧" Modality=MR Series=14 (SIEMENS Aera 1.5T)\n'
        "[⟦DATE:2024-06-03⟧ 07:41:40] INFO coerced, user=⟦PERSON:tkrueger⟧",
        ("07:41:12", "PatientName", "PatientID", "InstitutionName", "Modality=MR", "SIEMENS Aera", "1.5T", "coerced"),
    ),
    (
        "de07",
        "de",
        "Strukturierter Befund – Rektumkarzinom (MRT-Staging)\nPatient: ⟦PERSON:Vukovic, Dragan⟧ | Fall-Nr. "
        "⟦ID:2024-031877⟧ | Untersuchung ⟦DATE:07.08.2024⟧\nTumorunterrand ab Anokutanlinie: 6 cm; mrT3c, mrN1, "
        "EMVI positiv, CRM 0,8 mm, MRF gefährdet\nLateral: keine suspekten LK\nEmpfehlung: Tumorkonferenz am "
        "⟦DATE:Di 13.08.⟧, neoadjuvante RCTx erwägen.\nBefundende Ärztin: OÄ Dr. ⟦PERSON:Franziska Oyelaran⟧",
        ("Rektumkarzinom", "Anokutanlinie", "mrT3c", "EMVI", "CRM 0,8 mm", "MRF", "Tumorkonferenz", "RCTx"),
    ),
    (
        "de08",
        "de",
        "Kinderradiologie – Sonographie der Hüfte nach Graf\nKind: ⟦PERSON:Mila Sophie Thielemann⟧, geb. "
        "⟦DATE:16.01.2024⟧ (U3), Mutter ⟦PERSON:Jana Thielemann⟧, mobil ⟦PHONE:0176 48120973⟧\nRechts Typ Ia "
        "(Alpha 64°), links Typ IIa (Alpha 55°). Kontrolle in 6 Wochen, kein Spreizhöschen.\nÜberweiser: "
        "Dr. med. ⟦PERSON:Rüdiger Pfannenstiel⟧, ⟦INSTITUTION:Kinderarztpraxis am Schlossgarten⟧",
        ("Kinderradiologie", "Graf", "U3", "Typ IIa", "Alpha 55°", "6 Wochen", "Spreizhöschen", "Überweiser"),
    ),
    (
        "de09",
        "de",
        "ZNA Schockraum 23:15 – Polytrauma nach Verkehrsunfall\nPat. zunächst unbekannt, Notfall-ID "
        "⟦ID:NA-240912-07⟧, später identifiziert als ⟦PERSON:Lukas Obermaier⟧, 24 J.\nCT-Spirale: Milzlazeration "
        "AAST Grad III, Rippenserienfraktur links 4–8, kein Pneumothorax. LWK 1 Deckplattenimpression (Magerl A1). "
        "Info an Unfallchirurgie, OA ⟦PERSON:Okonkwo⟧, Piepser ⟦PHONE:4471⟧.",
        (
            "Schockraum",
            "23:15",
            "Polytrauma",
            "24 J.",
            "AAST Grad III",
            "Pneumothorax",
            "LWK 1",
            "Magerl A1",
            "Unfallchirurgie",
        ),
    ),
    (
        "de10",
        "de",
        "Interdisziplinäre Tumorkonferenz Thorax ⟦DATE:Donnerstag, 21.11.2024⟧\nTeilnehmer: Prof. Dr. "
        "⟦PERSON:H. Achterberg⟧ (Pneumologie), Dr. ⟦PERSON:Nwosu⟧ (Strahlentherapie), PD Dr. "
        "⟦PERSON:Carla Benedetti⟧ (Thoraxchirurgie)\nPat. ⟦PERSON:Ingeborg Lassahn⟧, 72 J.: NSCLC, cT2b cN2 M0 "
        "(UICC VIII), PD-L1 80 %. Beschluss: Radiochemotherapie, dann Durvalumab.\nVerteiler: "
        "⟦INSTITUTION:Lungenfachklinik Waldhof⟧, Hausarzt Dr. ⟦PERSON:Meinhard⟧",
        (
            "Pneumologie",
            "Strahlentherapie",
            "Thoraxchirurgie",
            "NSCLC",
            "UICC VIII",
            "PD-L1",
            "Durvalumab",
            "Verteiler",
        ),
    ),
    (
        "de11",
        "de",
        "⟦INSTITUTION:Evangelisches Krankenhaus Lindenau⟧ · Klinik für Radiologie · ⟦ADDRESS:Kirchstraße 40 · "
        "04177 Leipzig⟧\nHerrn Dr. med. ⟦PERSON:Tobias Eichhorn⟧\nFacharzt für Allgemeinmedizin\n"
        "⟦ADDRESS:Gohliser Str. 3, 04155 Leipzig⟧\n⟦DATE:30.10.2024⟧\nBetr.: Ihr Patient "
        "⟦PERSON:Hans-Peter Glöckner⟧, geb. ⟦DATE:05.06.1948⟧\nSehr geehrter Herr Kollege, die CT-Angiographie "
        "zeigt ein infrarenales Bauchaortenaneurysma (5,4 cm); Crawford-Einteilung nicht anwendbar.",
        (
            "Klinik für Radiologie",
            "Facharzt für Allgemeinmedizin",
            "CT-Angiographie",
            "infrarenales",
            "Bauchaortenaneurysma",
            "Crawford",
        ),
    ),
    (
        "de12",
        "de",
        "Telefonnotiz 11:05: Tochter ⟦PERSON:Sibel Aydın⟧ ruft wegen des Befundes der Mutter an "
        "(⟦PERSON:Hatice Aydın⟧, ⟦AGE:91⟧ J.). Versichertennr. ⟦ID:K804417265⟧. Rückruf erbeten unter "
        "⟦PHONE:0231 5577 1902⟧ ab 16 Uhr. Befund MRT HWS (Stenose C5/6, Myelopathiezeichen) ist bereits an den "
        "Hausarzt gefaxt.\nNotiz: MTRA ⟦PERSON:Jelena⟧",
        ("Telefonnotiz", "11:05", "16 Uhr", "MRT HWS", "C5/6", "Myelopathiezeichen", "Hausarzt", "MTRA"),
    ),
    (
        "de13",
        "de",
        "(0008,0080) InstitutionName LO [⟦INSTITUTION:St. Elisabeth-Hospital Hattingen-Blankenstein⟧]\n"
        "(0008,0090) ReferringPhysicianName PN [⟦PERSON:Demir^Kaan⟧^^Dr.]\n(0010,0010) PatientName PN "
        "[⟦PERSON:Roggenbuck^Waltraud⟧]\n(0010,0020) PatientID LO [⟦ID:77102345⟧]\n(0010,0030) PatientBirthDate DA "
        "[⟦DATE:19300214⟧]\n(0010,1010) PatientAge AS [⟦AGE:094⟧Y]\n(0008,1030) StudyDescription LO "
        "[CT Schädel nativ]\n(0018,0050) SliceThickness DS [0.625]",
        (
            "InstitutionName",
            "ReferringPhysicianName",
            "PatientBirthDate",
            "StudyDescription",
            "CT Schädel nativ",
            "SliceThickness",
            "0.625",
        ),
    ),
    (
        "de14",
        "de",
        "NACHTRAG vom ⟦DATE:12.02.2025⟧ 15:47: Nach Rücksprache mit dem Zuweiser (Dr. ⟦PERSON:Lange⟧, Orthopädie) "
        "ergänzt: Morbus Baastrup L4/5, kein Anhalt für Spondylodiszitis.\nMit freundlichen Grüßen\n"
        "⟦PERSON:Annika Grundmann⟧, Assistenzärztin\n--\n⟦INSTITUTION:Radiologie im Ärztehaus Westend⟧ | "
        "⟦ADDRESS:Bismarckallee 118, 14193 Berlin⟧ | Tel ⟦PHONE:030 8904 55-0⟧ | "
        "⟦URL:www.radiologie-westend-aerztehaus.de⟧",
        ("NACHTRAG", "15:47", "Orthopädie", "Morbus Baastrup", "L4/5", "Spondylodiszitis", "Assistenzärztin"),
    ),
    (
        "de15",
        "de",
        "Termin;Name;Vorname;Geb.;Untersuchung;Zuweiser\n⟦DATE:03.03.2025⟧ 08:00;⟦PERSON:Nguyen⟧;"
        "⟦PERSON:Thi Lan⟧;⟦DATE:11.09.1990⟧;MRT Knie li.;⟦INSTITUTION:Gemeinschaftspraxis Sport & Gelenk⟧\n"
        "⟦DATE:03.03.2025⟧ 08:20;⟦PERSON:Brückner⟧;⟦PERSON:Egon⟧;⟦DATE:29.02.1952⟧;CT Abdomen KM;"
        "⟦INSTITUTION:Ambulantes OP-Zentrum Süd⟧\n⟦DATE:03.03.2025⟧ 08:40;⟦PERSON:Schäfer-Nowak⟧;"
        "⟦PERSON:Ilse⟧;⟦DATE:07.07.1966⟧;Mammographie bds.;Dr. ⟦PERSON:Halbritter⟧",
        ("Untersuchung", "Zuweiser", "08:20", "MRT Knie li.", "CT Abdomen KM", "Mammographie bds."),
    ),
    # ---------------------------------------------------------------- AT
    (
        "at01",
        "de",
        "Von: Radiologie ⟦INSTITUTION:LKH Feldkirch⟧ <⟦EMAIL:roentgen.befund@lkhf.at⟧>\nAn: "
        "⟦EMAIL:ordination.pichler-strasser@aon.at⟧\nBetreff: Befund ⟦PERSON:Hinterberger Aloisia⟧, SVNR "
        "⟦ID:2817 120338⟧\nSehr geehrte Frau Dr. ⟦PERSON:Pichler-Strasser⟧, anbei der Befund des Thorax-Röntgens "
        "vom ⟦DATE:3. Jänner 2025⟧; er ist auch in ELGA abrufbar. Pleuraerguss rechts neu, Kerley-B-Linien, "
        "Herz grenzwertig groß.",
        ("Thorax-Röntgens", "ELGA", "Pleuraerguss", "Kerley-B-Linien", "Herz grenzwertig groß"),
    ),
    (
        "at02",
        "de",
        "Telerad-Übergabe 06:55 (Nachtdienst → Tagdienst)\n1) ⟦INSTITUTION:KH Zams⟧: ⟦PERSON:Gstrein Florian⟧, "
        "19 J., CT Schädel nach Skisturz: EDH temporal rechts 9 mm, NCH ⟦INSTITUTION:Klinik Innsbruck⟧ informiert "
        "(Dr. ⟦PERSON:Mairhofer⟧).\n2) ⟦INSTITUTION:BKH Reutte⟧: ⟦PERSON:Ortner, Rosa⟧, ⟦AGE:96⟧ J., Angio-CT: "
        "Lungenembolie segmental bds., RV/LV 0,9.\nÜbergeben an ⟦PERSON:Katrin Wachter⟧ (Tagdienst).",
        ("06:55", "Nachtdienst", "Tagdienst", "19 J.", "Skisturz", "EDH", "NCH", "Angio-CT", "Lungenembolie", "RV/LV"),
    ),
    (
        "at03",
        "de",
        "PID|||⟦ID:10034477⟧^^^LKUF^PI||⟦PERSON:HOLZKNECHT^ERWIN^J⟧||⟦DATE:19470519⟧|M||||"
        "⟦ADDRESS:Schmiedgasse 9^^Bruck an der Mur^^8600^AUT⟧\nPV1||I|UC-3B^^^⟦INSTITUTION:LKH HOCHSTEIERMARK⟧\n"
        "OBX|2|FT|BEF^Befund||Koronar-CT: Agatston-Score 412, CAD-RADS 3. Myokardbrücke des RIVA, keine "
        "Stenose > 70 %.||||||F",
        ("PV1", "UC-3B", "Koronar-CT", "Agatston-Score", "CAD-RADS 3", "Myokardbrücke", "RIVA"),
    ),
    (
        "at04",
        "de",
        "Zweitbefundung auf Ersuchen von Prim. Dr. ⟦PERSON:Ernestine Haslinger⟧ (⟦INSTITUTION:Klinikum "
        "Wels-Grieskirchen⟧)\nUntersuchung: MRT LWS vom ⟦DATE:14.11.2024⟧, Fremdinstitut "
        "⟦INSTITUTION:Diagnosezentrum Urfahr⟧\nPatient: Hr. ⟦PERSON:Milan Stojkovic⟧, Aufnahmezahl "
        "⟦ID:OP-24-5561⟧\nBeurteilung: Modic Typ I L5/S1, Bandscheibensequester rezessal links mit Kompression "
        "der Wurzel S1. Der Vorbefund wird bestätigt.",
        (
            "Zweitbefundung",
            "MRT LWS",
            "Fremdinstitut",
            "Modic Typ I",
            "L5/S1",
            "Bandscheibensequester",
            "Wurzel S1",
            "Vorbefund",
        ),
    ),
    (
        "at05",
        "de",
        "Österreichisches Brustkrebs-Früherkennungsprogramm\nFrau ⟦PERSON:Theresia Kogler-Unterweger⟧, "
        "⟦ADDRESS:Hauptplatz 3/2/14, 8330 Feldbach⟧\nIhre Mammographie vom ⟦DATE:27.05.2025⟧ im "
        "⟦INSTITUTION:Röntgeninstitut Fasching & Partner⟧ ergab BI-RADS 2 (gutartig). Die nächste Einladung "
        "erhalten Sie in 24 Monaten. Rückfragen: ⟦PHONE:03152 2471 12⟧.",
        ("Brustkrebs-Früherkennungsprogramm", "Mammographie", "BI-RADS 2", "Einladung", "24 Monaten", "Rückfragen"),
    ),
    (
        "at06",
        "de",
        '⟦DATE:2025-02-11⟧T10:22:07 IMPORT media=DVD origin="⟦INSTITUTION:Diagnostikum Mödling⟧"\n'
        "⟦DATE:2025-02-11⟧T10:22:09 MATCH ok: ⟦PERSON:Wallner^Hubert⟧ / PID ⟦ID:LKB-0045128⟧ / DOB "
        "⟦DATE:1958-12-30⟧\n⟦DATE:2025-02-11⟧T10:22:31 STORE 4 series (t1_tse_sag, t2_tse_tra, stir_cor, "
        "t1_vibe_fs) AE=PACS_MAIN\n⟦DATE:2025-02-11⟧T10:22:32 DONE operator ⟦PERSON:sbauer⟧",
        ("IMPORT media=DVD", "MATCH ok", "t1_tse_sag", "stir_cor", "t1_vibe_fs", "AE=PACS_MAIN", "10:22:31"),
    ),
    (
        "at07",
        "de",
        "Strukturierter Befund HCC-Surveillance (LI-RADS v2018)\nName: ⟦PERSON:Rauchenberger, Josef⟧; "
        "Aufnahmezahl ⟦ID:25-004417⟧; Zuweisung: Gastroenterologie, Dr. ⟦PERSON:Yusuf Karaca⟧\nSegment VIII: "
        "23 mm, arterielles Hyperenhancement, Washout, Kapsel → LR-5. Segment IVa: 8 mm, LR-3. Child-Pugh A, "
        "BCLC A, Milan-Kriterien erfüllt. Vorstellung im Tumorboard am ⟦DATE:Mo., 17. März 2025⟧.",
        (
            "HCC-Surveillance",
            "LI-RADS v2018",
            "Gastroenterologie",
            "Segment VIII",
            "Washout",
            "LR-5",
            "Child-Pugh A",
            "BCLC A",
            "Milan-Kriterien",
            "Tumorboard",
        ),
    ),
    (
        "at08",
        "de",
        "Kinderradiologie ⟦INSTITUTION:St. Anna Kinderspital⟧ – Thorax a.p. liegend\nPat.: "
        "⟦PERSON:Elias Kranewitter⟧, 3 Monate; Vater ⟦PERSON:Stefan Kranewitter⟧ anwesend, Mutter erreichbar "
        "unter ⟦PHONE:+43 664 3819 207⟧\nFragestellung: Bronchiolitis? RSV positiv. Befund: peribronchiale "
        "Verdichtungen, Überblähung, keine Pneumonie. Magensonde in situ.",
        (
            "Kinderradiologie",
            "Thorax a.p.",
            "3 Monate",
            "Bronchiolitis",
            "RSV",
            "Überblähung",
            "Pneumonie",
            "Magensonde",
        ),
    ),
    (
        "at09",
        "de",
        "Notfallambulanz, ⟦DATE:Sa 08.03.2025⟧, 03:10 – Ersteinschätzung Manchester-Triage orange\nPat.: Mag. "
        "⟦PERSON:Veronika Pöltl⟧, 38 J., Sturz im Stiegenhaus, 1,2 ‰\nCT HWS: Densfraktur Anderson/D'Alonzo Typ "
        "II, nicht disloziert. Philadelphia-Kragen angelegt. Lebensgefährte ⟦PERSON:René Fuchsbichler⟧, "
        "⟦PHONE:0699 11 42 83 90⟧. Übernahme ⟦INSTITUTION:UKH Lorenz Böhler⟧ angefragt.",
        (
            "Notfallambulanz",
            "03:10",
            "Manchester-Triage",
            "Stiegenhaus",
            "CT HWS",
            "Densfraktur",
            "Anderson/D'Alonzo",
            "Philadelphia-Kragen",
        ),
    ),
    (
        "at10",
        "de",
        "Tumorboard Urologie ⟦INSTITUTION:Ordensklinikum Elisabethinen⟧, ⟦DATE:26.02.2025⟧\nPat. "
        "⟦PERSON:Friedrich Lugmayr⟧, geb. ⟦DATE:04.04.1953⟧: PSA 14,2 ng/ml, mpMRT PI-RADS 5 (PZpl links), "
        "PSMA-PET ohne Fernmetastasen, ISUP 3. Empfehlung: RPE.\nVerteiler: OA Dr. ⟦PERSON:Schöfecker⟧ "
        "(Urologie), ⟦INSTITUTION:Strahlentherapie Linz-Süd⟧, Hausärztin Dr. ⟦PERSON:Helga Zöchling⟧, "
        "⟦ADDRESS:4040 Linz⟧",
        ("Tumorboard Urologie", "PSA", "PI-RADS 5", "PZpl", "PSMA-PET", "ISUP 3", "RPE", "Hausärztin"),
    ),
    (
        "at11",
        "de",
        "Terminbestätigung\n⟦INSTITUTION:Röntgeninstitut Hietzing⟧, ⟦ADDRESS:Lainzer Straße 61, 1130 Wien⟧, "
        "Tel. ⟦PHONE:01 877 34 21⟧ Kl. ⟦PHONE:23⟧\nSehr geehrter Herr ⟦PERSON:Baumgartner-Ilić⟧,\nIhr Termin "
        "für die Kardio-MRT ist am ⟦DATE:Freitag, den 11. April 2025⟧ um 07:45 Uhr. Bitte 24 h vorher kein "
        "Koffein (Adenosin-Stress). Die Überweisung von Dr. ⟦PERSON:Klaus Haidinger⟧ bitte mitbringen.",
        ("Terminbestätigung", "Kardio-MRT", "07:45 Uhr", "24 h", "Koffein", "Adenosin-Stress", "Überweisung"),
    ),
    (
        "at12",
        "de",
        "Befund CT Abdomen: Die ⟦AGE:92⟧-jährige Patientin aus dem ⟦INSTITUTION:Pflegewohnhaus Rudolfsheim⟧ "
        "wird mit Ileusverdacht zugewiesen. Im Vergleich zur auswärtigen CT (⟦INSTITUTION:Hanusch-KH⟧, "
        "⟦DATE:09/2024⟧) Zunahme der Dünndarmdilatation bis 4 cm, Kaliberwechsel im terminalen Ileum. Kein "
        "freies Gas, Rigler-Zeichen negativ. Begleitet von Pflegerin ⟦PERSON:Mirela Jovanović⟧.",
        ("CT Abdomen", "Ileusverdacht", "Dünndarmdilatation", "Kaliberwechsel", "Ileum", "Rigler-Zeichen"),
    ),
    (
        "at13",
        "de",
        "Leistungsnr|Pat|SVNR|Kasse|Datum|Position\n88031|⟦PERSON:Eder, Anna-Lena⟧|⟦ID:4412 020701⟧|ÖGK-W|"
        "⟦DATE:15.01.2025⟧|MR-Knie\n88032|⟦PERSON:Hasanović, Emir⟧|⟦ID:1935 300590⟧|BVAEB|⟦DATE:15.01.2025⟧|"
        "CT-Thorax LDCT\n88033|⟦PERSON:Weinzierl Gottfried⟧|⟦ID:6620 181131⟧|SVS|⟦DATE:15.01.2025⟧|Sono Abd.",
        ("Leistungsnr", "Position", "MR-Knie", "CT-Thorax LDCT", "Sono Abd."),
    ),
    (
        "at14",
        "de",
        "Beurteilung: Hashimoto-Thyreoiditis, Knoten rechts 11 mm, TIRADS 3.\nMit kollegialen Grüßen\nOÄ Dr. "
        "⟦PERSON:Bernadette Leitgeb-Rauter⟧, Fachärztin für Radiologie\n⟦INSTITUTION:Landesklinikum "
        "Mistelbach-Gänserndorf⟧ | Institut für Radiologie\n⟦ADDRESS:Liechtensteinstraße 67, 2130 Mistelbach⟧\n"
        "T ⟦PHONE:+43 2572 9004 12870⟧ | ⟦EMAIL:bernadette.leitgeb-rauter@mistelbach.lknoe.at⟧\nDiese Nachricht "
        "kann vertrauliche Informationen enthalten.",
        (
            "Hashimoto-Thyreoiditis",
            "TIRADS 3",
            "Mit kollegialen Grüßen",
            "Fachärztin für Radiologie",
            "Institut für Radiologie",
            "vertrauliche Informationen",
        ),
    ),
    (
        "at15",
        "de",
        "Übergabe Station 4 Süd, 19:30: Pat. ⟦PERSON:Kurz, Leopoldine⟧ (Zi. 412) – Pleurapunktion morgen 09:00 im "
        "Sono. Erwachsenenvertreterin Frau ⟦PERSON:Gabriele Strohmaier⟧ hat telefonisch zugestimmt "
        "(⟦PHONE:0316 71 88 45⟧). Sohn ⟦PERSON:Reinhard⟧ kommt um 10 Uhr. Quick 68 %, Marcoumar pausiert.\n"
        "DGKP ⟦PERSON:Ahmed⟧",
        (
            "Station 4 Süd",
            "19:30",
            "Pleurapunktion",
            "Sono",
            "Erwachsenenvertreterin",
            "10 Uhr",
            "Quick 68 %",
            "Marcoumar",
            "DGKP",
        ),
    ),
    # ---------------------------------------------------------------- CH
    (
        "ch01",
        "de",
        "From: ⟦PERSON:Reto Caduff⟧ <⟦EMAIL:reto.caduff@ksgr.ch⟧>\nDate: ⟦DATE:Mon, 3 Feb 2025⟧ 16:02\nTo: "
        "Radiologie Triage\nSubject: Re: Zuweisung ⟦PERSON:Bundi-Casanova, Ursina⟧, PID ⟦ID:5533901⟧\n"
        "> Können wir die MR-Enterographie vorziehen? Crohn-Schub, CRP 86.\nJa, Slot am Mittwoch 13:00 auf dem "
        "Skyra im ⟦INSTITUTION:Kantonsspital Graubünden⟧. Gruss, R.",
        ("Radiologie Triage", "Zuweisung", "MR-Enterographie", "Crohn-Schub", "CRP 86", "13:00", "Skyra"),
    ),
    (
        "ch02",
        "de",
        "PID|1||⟦ID:M7842210⟧^^^USZ^MR~⟦ID:756.4417.2201.93⟧^^^CH^SS||⟦PERSON:Zgraggen^Beat^Alois⟧||"
        "⟦DATE:19580911⟧|M|||⟦ADDRESS:Gotthardstrasse 14^^Altdorf UR^^6460^CH⟧||⟦PHONE:041 870 33 12⟧\n"
        "OBX|1|ST|IMPRESSION||Lungenrundherd 5 mm im Mittellappen, gemäss Fleischner keine Kontrolle nötig. "
        "Aortenklappe verkalkt.|||N|||F",
        ("IMPRESSION", "Lungenrundherd", "Mittellappen", "Fleischner", "Aortenklappe"),
    ),
    (
        "ch03",
        "de",
        "Teleradiologie-Rapport für ⟦INSTITUTION:Spital Zofingen⟧, 01:20: Herr ⟦PERSON:Jörg Kälin⟧, 53-jährig. "
        "CT Abdomen: Appendizitis mit Appendikolith, Durchmesser 11 mm, keine Perforation (Alvarado klinisch "
        "8). Telefonisch übermittelt an Dienstarzt Chirurgie, Dr. ⟦PERSON:Livio Soltermann⟧, Natel "
        "⟦PHONE:079 412 77 05⟧.\nBefunder: ⟦PERSON:M. Ammann⟧, ⟦INSTITUTION:Telemedizin Mittelland AG⟧",
        (
            "Teleradiologie-Rapport",
            "01:20",
            "53-jährig",
            "Appendikolith",
            "Alvarado",
            "Dienstarzt Chirurgie",
            "Natel",
            "Befunder",
        ),
    ),
    (
        "ch04",
        "de",
        "⟦INSTITUTION:Krebsliga Ostschweiz⟧ – Mammografie-Screening\nFrau ⟦PERSON:Doris Hälg-Zwicky⟧\n"
        "⟦ADDRESS:Rorschacher Strasse 220\n9000 St. Gallen⟧\n⟦DATE:12. Juni 2025⟧\nIhr Ergebnis: kein Hinweis "
        "auf Brustkrebs (BI-RADS 1, Dichte ACR b). Jede Aufnahme wird durch zwei Radiologinnen beurteilt "
        "(Doppelbefundung). Fragen: ⟦PHONE:071 242 70 03⟧, Referenz ⟦ID:MS-2025-118274⟧.",
        ("Mammografie-Screening", "Brustkrebs", "BI-RADS 1", "ACR b", "Radiologinnen", "Doppelbefundung"),
    ),
    (
        "ch05",
        "de",
        "StudyDate=⟦DATE:20250317⟧ StudyTime=142210 AccessionNumber=⟦ID:AA25031700412⟧\nPatientName="
        "⟦PERSON:Meier-Oberholzer^Käthi⟧ PatientSex=F PatientAge=⟦AGE:097⟧Y\nReferringPhysicianName="
        "⟦PERSON:Rüegg^Adrian⟧^^Dr. med.\nInstitutionName=⟦INSTITUTION:Regionalspital Emmental⟧\nProtocolName="
        "Thorax_LE_KM BodyPartExamined=CHEST ManufacturerModelName=SOMATOM go.Top",
        (
            "StudyTime=142210",
            "PatientSex=F",
            "ProtocolName",
            "Thorax_LE_KM",
            "BodyPartExamined=CHEST",
            "SOMATOM go.Top",
        ),
    ),
    (
        "ch06",
        "de",
        "Strukturierter Befund PET/CT – Lymphom\nPat.: ⟦PERSON:Frick, Matthias⟧ | *⟦DATE:22.08.1984⟧ | Fall "
        "⟦ID:F-118-774-2⟧\nDeauville 5 im Mediastinum (SUVmax 14,1); Lugano-Klassifikation: progressive "
        "metabolic disease. Ann-Arbor-Stadium IIB bei Erstdiagnose.\nZuweiser: Hämatologie, Dr. "
        "⟦PERSON:Noemi Casutt⟧\nFreigegeben: ⟦DATE:18.03.25⟧ 17:05",
        (
            "Lymphom",
            "Deauville 5",
            "Mediastinum",
            "SUVmax",
            "Lugano-Klassifikation",
            "Ann-Arbor-Stadium IIB",
            "Hämatologie",
            "17:05",
        ),
    ),
    (
        "ch07",
        "de",
        "Kindernotfall ⟦INSTITUTION:Ostschweizer Kinderspital⟧, 20:40\n⟦PERSON:Nael Haddad⟧ (4 J.), in "
        "Begleitung der Grossmutter ⟦PERSON:Samira Khoury⟧. Sonografie Abdomen: ileokolische Invagination, "
        "Target-Zeichen, 3,1 cm. Hydrostatische Desinvagination erfolgreich. Meldung an Kinderchirurgie "
        "(Dr. ⟦PERSON:Blöchlinger⟧, Sucher ⟦PHONE:6621⟧).",
        (
            "Kindernotfall",
            "20:40",
            "4 J.",
            "Sonografie Abdomen",
            "Invagination",
            "Target-Zeichen",
            "Desinvagination",
            "Kinderchirurgie",
            "Sucher",
        ),
    ),
    (
        "ch08",
        "fr",
        "De : Dr ⟦PERSON:Aurélie Bonvin⟧ <⟦EMAIL:aurelie.bonvin@hopitalvs.ch⟧>\nEnvoyé : ⟦DATE:jeudi 6 mars "
        "2025⟧ 09:14\nÀ : Radiologie ⟦INSTITUTION:CHUV⟧\nObjet : Deuxième avis – M. ⟦PERSON:Rossier Gilles⟧, NIP "
        "⟦ID:2041187⟧\nChers collègues, pourriez-vous relire l'IRM du genou faite au ⟦INSTITUTION:Centre "
        "d'imagerie de Sion-Nord⟧ le ⟦DATE:28.02.2025⟧ ? Suspicion de fracture de Segond et de rupture du LCA.",
        ("09:14", "Deuxième avis", "Chers collègues", "IRM du genou", "Segond", "LCA"),
    ),
    (
        "ch09",
        "fr",
        "Convocation – ⟦INSTITUTION:Hôpital Pourtalès⟧, Service de radiologie\nMadame "
        "⟦PERSON:Fatoumata Diallo-Jeanneret⟧, ⟦ADDRESS:Rue des Parcs 51, 2000 Neuchâtel⟧\nVotre arthro-IRM de "
        "l'épaule aura lieu le ⟦DATE:mardi 22 avril 2025⟧ à 10 h 15. Carte d'assuré n° "
        "⟦ID:80756001234567891⟧. Merci d'annoncer toute allergie au produit de contraste (gadolinium). "
        "Renseignements : ⟦PHONE:032 713 30 00⟧, interne ⟦PHONE:4412⟧.",
        ("Convocation", "Service de radiologie", "arthro-IRM", "10 h 15", "produit de contraste", "gadolinium"),
    ),
    (
        "ch10",
        "fr",
        "Urgences ⟦INSTITUTION:HFR Fribourg⟧ – remise de garde 07:30\nBox 6 : Mme ⟦PERSON:Yvette Chappuis⟧, "
        "⟦AGE:93⟧ ans, chute de sa hauteur. CT bassin : fracture pertrochantérienne gauche (AO 31-A2), "
        "hématome du psoas. Fille : ⟦PERSON:Nathalie Chappuis Berset⟧, ⟦PHONE:+41 79 554 18 62⟧. EMS "
        "⟦INSTITUTION:Les Camélias⟧ avisé. Orthopédiste de garde : Dr ⟦PERSON:Kabasele⟧.",
        (
            "remise de garde",
            "07:30",
            "Box 6",
            "chute de sa hauteur",
            "CT bassin",
            "pertrochantérienne",
            "AO 31-A2",
            "psoas",
        ),
    ),
    (
        "ch11",
        "fr",
        "Colloque multidisciplinaire d'oncologie ORL – ⟦DATE:14/05/2025⟧\nPatient : "
        "⟦PERSON:Da Silva Ferreira, Joaquim⟧, né le ⟦DATE:02/10/1961⟧\nIRM/TEP : carcinome épidermoïde de "
        "l'oropharynx, p16 positif, cT2 N1 (AJCC 8e éd.). Décision : radiochimiothérapie (cisplatine).\n"
        "Présents : Pr ⟦PERSON:Lemaître⟧, Dr ⟦PERSON:Isabelle Vuilleumier⟧, Dr ⟦PERSON:Hassan Ouali⟧\nCopie : "
        "médecin traitant Dr ⟦PERSON:Pierre-Alain Favre⟧, ⟦ADDRESS:Av. de la Gare 3, 1870 Monthey⟧",
        (
            "Colloque multidisciplinaire",
            "ORL",
            "oropharynx",
            "p16 positif",
            "AJCC 8e éd.",
            "cisplatine",
            "médecin traitant",
        ),
    ),
    (
        "ch12",
        "it",
        "Referto – ⟦INSTITUTION:Ospedale Regionale di Lugano, sede Civico⟧\nPaziente: Sig.ra "
        "⟦PERSON:Graziella Bernasconi-Pedrazzini⟧, nata il ⟦DATE:3 agosto 1950⟧\nRM encefalo: confronto con "
        "l'esame esterno di ⟦DATE:gennaio 2025⟧ (⟦INSTITUTION:Clinica Sant'Anna, Sorengo⟧): invariate le lesioni "
        "della sostanza bianca periventricolare (Fazekas 2). Nessuna restrizione in DWI.\nMedico refertante: "
        "Dr. ⟦PERSON:Tiziano Lurati⟧",
        ("Referto", "RM encefalo", "sostanza bianca", "Fazekas 2", "DWI", "Medico refertante"),
    ),
    (
        "ch13",
        "it",
        "Pronto soccorso pediatrico, ore 18:20 – ⟦PERSON:Matteo Giottonini⟧, 7 anni, accompagnato dalla madre "
        "⟦PERSON:Sara Giottonini-Rezzonico⟧ (cell. ⟦PHONE:076 391 24 80⟧). Rx gomito sinistro: frattura "
        "sovracondiloidea Gartland II, linea omerale anteriore spostata. Consulto di ortopedia pediatrica, "
        "Dr.ssa ⟦PERSON:Elena Pohl⟧.",
        (
            "Pronto soccorso pediatrico",
            "18:20",
            "7 anni",
            "Rx gomito",
            "sovracondiloidea",
            "Gartland II",
            "linea omerale anteriore",
            "ortopedia pediatrica",
        ),
    ),
    (
        "ch14",
        "it",
        "Programma cantonale di screening mammografico\n⟦INSTITUTION:Centro Screening Bellinzona⟧, "
        "⟦ADDRESS:Via Ospedale 12, 6500 Bellinzona⟧\nGentile Signora ⟦PERSON:Rosaria Mancuso⟧,\nla mammografia "
        "del ⟦DATE:09.04.2025⟧ richiede un approfondimento (BI-RADS 0, microcalcificazioni). Appuntamento il "
        "⟦DATE:17 aprile⟧ alle 08:40. Riferimento ⟦ID:TI-SC-25-03318⟧, informazioni: "
        "⟦EMAIL:screening@ctsm-ti.ch⟧",
        ("screening mammografico", "mammografia", "approfondimento", "BI-RADS 0", "microcalcificazioni", "08:40"),
    ),
    (
        "ch15",
        "it",
        "Tumor board toracico ⟦DATE:20.05.2025⟧ – ⟦INSTITUTION:EOC⟧\n⟦PERSON:Pellandini Aldo⟧, ⟦AGE:90⟧ anni: "
        "nodulo LSD 27 mm, PET FDG SUV 9, EBUS stazione 4R negativo. Proposta: SBRT 3×18 Gy.\nPresenti: PD Dr. "
        "⟦PERSON:Franchini⟧, Dr.ssa ⟦PERSON:Yasmin Berisha⟧ (radio-oncologia).\nImportazione immagini esterne da "
        "⟦INSTITUTION:Centro Imaging Mendrisiotto⟧ completata.",
        ("Tumor board toracico", "LSD", "PET FDG", "EBUS", "stazione 4R", "SBRT 3×18 Gy", "radio-oncologia"),
    ),
    # ---------------------------------------------------------------- UK
    (
        "uk01",
        "en",
        "From: ⟦PERSON:Siobhan Gallacher⟧ <⟦EMAIL:siobhan.gallacher@nhs.net⟧>\nSent: ⟦DATE:28 January 2025⟧ "
        "17:46\nTo: Radiology Discrepancy Meeting\nSubject: RE: REALM case – ⟦PERSON:Oyelowo, Chidi⟧ NHS "
        "⟦ID:485 777 3456⟧\nAgree with ⟦PERSON:Rob⟧: the Hill-Sachs lesion was reported, the bony Bankart was "
        "not. Suggest we discuss it at the March REALM. Original report by Dr ⟦PERSON:R Pemberton⟧.",
        ("17:46", "Radiology Discrepancy Meeting", "REALM", "Hill-Sachs", "Bankart", "March"),
    ),
    (
        "uk02",
        "en",
        "MSH|^~\\&|CRIS|⟦INSTITUTION:RBH⟧|EPR||⟦DATE:202503041102⟧||ORU^R01|0000418822|P|2.4\n"
        "PID|||⟦ID:RBH1188230⟧^^^MRN~⟦ID:9434765919⟧^^^NHS||⟦PERSON:O'SULLIVAN^DECLAN^P⟧^^MR||⟦DATE:19790622⟧|M\n"
        "PV1||O|XRAY^^^^^⟦INSTITUTION:ROYAL BERKSHIRE HOSPITAL⟧\nOBX|1|FT|XR SHOULDER RT||Calcific tendinopathy "
        "of supraspinatus. No fracture. AC joint OA.||||||F",
        ("ORU^R01", "XR SHOULDER RT", "Calcific tendinopathy", "supraspinatus", "AC joint OA"),
    ),
    (
        "uk03",
        "en",
        "Overnight teleradiology report – ⟦INSTITUTION:Nightwatch Teleradiology Ltd⟧ for "
        "⟦INSTITUTION:Queen Elizabeth University Hospital⟧\nPatient ⟦PERSON:Margaret Dunlop⟧, CHI "
        "⟦ID:1203451187⟧. Reported 03:12 by Dr ⟦PERSON:Anjali Raghunathan⟧. CT head: acute SDH over the left "
        "convexity, 8 mm, 4 mm midline shift. Discussed with neurosurgical SpR ⟦PERSON:Callum Fraser⟧ on "
        "⟦PHONE:0141 201 1100⟧ ext ⟦PHONE:66021⟧.",
        ("Overnight teleradiology report", "03:12", "CT head", "SDH", "convexity", "midline shift", "SpR"),
    ),
    (
        "uk04",
        "en",
        "Dear Dr ⟦PERSON:Whitmore⟧,\nRe: ⟦PERSON:Eleanor Fairbrother⟧ DOB ⟦DATE:14/09/1967⟧ Hosp No "
        "⟦ID:K442197⟧\nThank you for asking me to review the MRI pelvis performed at "
        "⟦INSTITUTION:Spire Harpenden⟧ on ⟦DATE:3rd March⟧. I agree with FIGO stage IB1 cervical carcinoma without "
        "parametrial invasion; the Nabothian cysts are incidental. My opinion is on the IEP.\nYours sincerely,\n"
        "⟦PERSON:Priya Chandrasekhar⟧, Consultant Radiologist, ⟦INSTITUTION:Royal Marsden⟧",
        ("MRI pelvis", "FIGO stage IB1", "parametrial invasion", "Nabothian", "IEP", "Consultant Radiologist"),
    ),
    (
        "uk05",
        "en",
        "NHS Abdominal Aortic Aneurysm Screening Programme\n⟦INSTITUTION:Black Country AAA Screening Service⟧, "
        "⟦ADDRESS:Unit 4, Pensnett Estate, Kingswinford DY6 7PP⟧\nMr ⟦PERSON:Terence Ashworth-Bell⟧\n"
        "⟦ADDRESS:27 Wollaston Road\nStourbridge\nDY8 4RP⟧\n⟦DATE:12 May 2025⟧\nYour result: aorta 2.6 cm "
        "(normal, below 3.0 cm). You need no further scans. NHS number ⟦ID:943 476 5870⟧. Questions? Call "
        "⟦PHONE:01384 456111⟧ ext ⟦PHONE:3307⟧.",
        ("Abdominal Aortic Aneurysm Screening Programme", "aorta 2.6 cm", "3.0 cm", "no further scans"),
    ),
    (
        "uk06",
        "en",
        "IEP transfer log\n⟦DATE:2025-04-02⟧ 14:03 RECEIVED from ODS ⟦INSTITUTION:RTE⟧ "
        "(⟦INSTITUTION:Gloucestershire Hospitals⟧)\n  Patient: ⟦PERSON:HUSSAIN, Nasreen⟧  NHS: ⟦ID:4010232137⟧  "
        "DOB: ⟦DATE:01-Jan-1986⟧\n  Study: CT CAP W CONTRAST, 3 series, 1,412 images\n⟦DATE:2025-04-02⟧ 14:05 "
        "RECONCILED to local MRN ⟦ID:F0093321⟧ by ⟦PERSON:jmcallister⟧\n⟦DATE:2025-04-02⟧ 14:05 QC flag: "
        "laterality OK",
        (
            "IEP transfer log",
            "RECEIVED",
            "CT CAP W CONTRAST",
            "1,412 images",
            "14:05",
            "RECONCILED",
            "QC flag",
            "laterality",
        ),
    ),
    (
        "uk07",
        "en",
        "Oncology response assessment (RECIST 1.1)\nName: ⟦PERSON:Zofia Wiśniewska⟧   MRN: ⟦ID:G2287410⟧   "
        "Trial ID: ⟦ID:NEO-BC-0417⟧\nBaseline ⟦DATE:11/11/2024⟧ vs current ⟦DATE:10/02/2025⟧\nTarget 1 liver seg "
        "VI: 34 → 19 mm; target 2 right hilar node: 22 → 12 mm. Sum 56 → 31 mm (-45%). Non-target: bone lesions "
        "stable. Overall: partial response (PR).\nReported: Dr ⟦PERSON:Ian McKellar⟧, ⟦INSTITUTION:The Christie⟧",
        ("RECIST 1.1", "seg VI", "hilar node", "-45%", "Non-target", "partial response (PR)"),
    ),
    (
        "uk08",
        "en",
        "Paediatric radiology – skeletal survey (suspected NAI)\nChild: ⟦PERSON:Kayden Lee-Marshall⟧, 5 months, "
        "DOB ⟦DATE:09.12.2024⟧\nSocial worker: ⟦PERSON:Hannah Oduya⟧, ⟦INSTITUTION:Sandwell Children's Services⟧, "
        "⟦PHONE:0121 569 3100⟧\nFindings: classic metaphyseal lesion of the distal left femur; posterior rib "
        "fractures R 5-7 with callus. Repeat survey in 11-14 days per RCR/SCoR guidance.\nConsultant: Dr "
        "⟦PERSON:Abimbola Adeyemi⟧",
        ("skeletal survey", "NAI", "5 months", "metaphyseal", "callus", "11-14 days", "RCR/SCoR"),
    ),
    (
        "uk09",
        "en",
        "ED Majors cubicle 9 — 22:48\nPt ⟦PERSON:Kieran Doherty⟧ 31M, fell from a ladder. CT C-spine: Jefferson "
        "fracture of C1; Canadian C-spine rule positive. Collar on. NOK: partner ⟦PERSON:Aoife Brennan⟧ "
        "⟦PHONE:07700 913 448⟧. GP: ⟦INSTITUTION:Holloway Road Medical Centre⟧. Bleep T&O reg ⟦PHONE:2417⟧.",
        ("ED Majors", "cubicle 9", "22:48", "31M", "Jefferson", "C1", "Canadian C-spine rule", "T&O reg"),
    ),
    (
        "uk10",
        "en",
        "Upper GI MDT outcome – ⟦DATE:Wed 19/03/25⟧\n⟦PERSON:Bridget Mulcahy⟧ (⟦AGE:90⟧), ⟦ADDRESS:Flat 2, "
        "Linden Court, Ipswich IP4 2BQ⟧\nCT: Siewert II junctional tumour, T3 N1, no mets. Frailty: Rockwood 6. "
        "Outcome: best supportive care, stent if dysphagia.\ncc: Mr ⟦PERSON:A. Devereux⟧, Consultant Surgeon; "
        "⟦INSTITUTION:Felixstowe Road Surgery⟧; ⟦INSTITUTION:St Elizabeth Hospice⟧",
        ("Upper GI MDT", "Siewert II", "Rockwood 6", "best supportive care", "dysphagia", "Consultant Surgeon"),
    ),
    (
        "uk11",
        "en",
        "⟦INSTITUTION:Royal Devon University Healthcare⟧\nImaging Department, ⟦ADDRESS:Barrack Road, Exeter "
        "EX2 5DW⟧\n⟦DATE:7 July 2025⟧\nMs ⟦PERSON:Jodie Penhaligon⟧, ⟦ADDRESS:Trewartha, Fore Street, St Ives "
        "TR26 1HE⟧\nYour MRI lumbar spine is booked for ⟦DATE:Thursday 24 July⟧ at 15:20 (Scanner 3, Philips "
        "Ingenia). Please complete the MR safety questionnaire. Hospital number ⟦ID:RDE7731926⟧. Tel "
        "⟦PHONE:01392 402 336⟧.",
        ("Imaging Department", "MRI lumbar spine", "15:20", "Scanner 3", "Philips Ingenia", "MR safety questionnaire"),
    ),
    (
        "uk12",
        "en",
        "Telephone note 09:37: spoke to Dr ⟦PERSON:Mehwish Tariq⟧ (GP, ⟦INSTITUTION:Bramley Lane Surgery⟧) about "
        "an urgent finding for ⟦PERSON:Norman Cheetham⟧ (⟦AGE:94⟧ y): incidental 4.5 cm AAA on CT KUB and a "
        "Bosniak IIF cyst in the left kidney. She will refer to vascular. Read-back confirmed. — "
        "⟦PERSON:LH⟧, reporting radiographer",
        ("Telephone note", "09:37", "AAA", "CT KUB", "Bosniak IIF", "vascular", "Read-back", "reporting radiographer"),
    ),
    (
        "uk13",
        "en",
        "Accession,Surname,Forename,DOB,Exam,Referrer,Location\n⟦ID:RX25061201⟧,⟦PERSON:Adebayo⟧,"
        "⟦PERSON:Tunde⟧,⟦DATE:04/07/1955⟧,XR CHEST PA,Dr ⟦PERSON:Keane⟧,ED Resus\n⟦ID:RX25061202⟧,"
        "⟦PERSON:Parkinson⟧,⟦PERSON:Gwen⟧,⟦DATE:22/01/1938⟧,CT HEAD,Dr ⟦PERSON:Osei⟧,Ward 7B (Stroke)",
        ("Accession", "Referrer", "XR CHEST PA", "ED Resus", "CT HEAD", "Ward 7B (Stroke)"),
    ),
    (
        "uk14",
        "en",
        "ADDENDUM (⟦DATE:15/06/2025⟧ 11:02): On review with Dr ⟦PERSON:Addison⟧, the left adrenal nodule "
        "measures 18 mm with absolute washout of 65%, consistent with an adenoma. Addison's disease is not "
        "suspected.\n\n⟦PERSON:Gareth Llewellyn-Jones⟧ | Radiology Business Manager | "
        "⟦INSTITUTION:Cwm Taf Morgannwg UHB⟧\n⟦ADDRESS:Ynysmaerdy, Pontyclun CF72 8XR⟧ | "
        "⟦EMAIL:gareth.llewellyn-jones@wales.nhs.uk⟧ | ⟦URL:https://ctmuhb.nhs.wales⟧",
        (
            "ADDENDUM",
            "11:02",
            "adrenal nodule",
            "washout of 65%",
            "adenoma",
            "Addison's disease",
            "Radiology Business Manager",
        ),
    ),
    (
        "uk15",
        "en",
        "Discharge summary – ⟦INSTITUTION:Ninewells⟧ Ward 4\nPatient: Mrs ⟦PERSON:Isobel Macrae⟧, CHI "
        "⟦ID:0506391234⟧, discharged to ⟦INSTITUTION:Balmore House Care Home⟧, ⟦ADDRESS:Dundee DD2 1QP⟧.\n"
        "Imaging: CTPA – no PE, Westermark sign absent. Follow-up CXR in 6 weeks.\nCarer: ⟦PERSON:Donald Macrae⟧ "
        "(husband), ⟦PHONE:01382 660 111⟧. Private cover: Bupa, policy ⟦ID:BUP-44817702⟧.",
        ("Discharge summary", "Ward 4", "CTPA", "Westermark sign", "CXR", "6 weeks"),
    ),
    # ---------------------------------------------------------------- US
    (
        "us01",
        "en",
        "From: ⟦EMAIL:mgarciaortiz@lakeshorehealth.org⟧\nSent: ⟦DATE:Tuesday, March 11, 2025⟧ 6:52 PM\nTo: "
        "⟦PERSON:Kowalski, Brent⟧\nSubject: FW: prior auth denial – ⟦PERSON:Thibodeaux, Renee⟧ (MRN "
        "⟦ID:00371155⟧)\nBrent – the MRI brain w/wo was denied: the headache did not meet red flags per ACR "
        "Appropriateness Criteria. Peer-to-peer is set for ⟦DATE:3/14⟧ at 10:00 with Dr. "
        "⟦PERSON:Venkataraman⟧. – ⟦PERSON:Marisol⟧",
        (
            "6:52 PM",
            "prior auth denial",
            "MRI brain w/wo",
            "red flags",
            "ACR Appropriateness Criteria",
            "Peer-to-peer",
            "10:00",
        ),
    ),
    (
        "us02",
        "en",
        "MSH|^~\\&|PowerScribe|⟦INSTITUTION:MERCYWEST⟧|EPIC||⟦DATE:20250402153012⟧||ORU^R01^ORU_R01|PS88120|P|2.3\n"
        "PID|1||⟦ID:E4471190⟧^^^MRN||⟦PERSON:WASHINGTON^DELORES^A⟧||⟦DATE:19300118⟧|F|||⟦ADDRESS:4471 Old Mill "
        "Rd^^Cedar Rapids^IA^52402⟧||⟦PHONE:(319)555-0187⟧\nOBR|1||⟦ID:ACC2504020077⟧|73721^MRI KNEE WO "
        "CONTRAST\nOBX|1|TX|IMP||Complex tear of the posterior horn of the medial meniscus. Baker cyst 3.2 cm."
        "||||||F",
        ("PowerScribe", "ORU_R01", "73721", "MRI KNEE WO CONTRAST", "posterior horn", "medial meniscus", "Baker cyst"),
    ),
    (
        "us03",
        "en",
        "Nighthawk prelim, 02:17 CST – Site: ⟦INSTITUTION:Pioneer Valley Regional⟧ (⟦INSTITUTION:PVR⟧)\nPt: "
        "⟦PERSON:Hector Villalobos⟧, 46M, Acc# ⟦ID:PVR-25-331904⟧\nCTA chest: no PE. Incidental 9 mm RLL nodule, "
        "Fleischner follow-up advised. Called to ED attending Dr. ⟦PERSON:Tamsin O'Rourke⟧ at "
        "⟦PHONE:605-555-0143⟧, read back. Final read by AM radiologist Dr. ⟦PERSON:Greenberg⟧.",
        ("Nighthawk prelim", "02:17 CST", "46M", "CTA chest", "RLL nodule", "Fleischner", "ED attending", "read back"),
    ),
    (
        "us04",
        "en",
        "⟦INSTITUTION:Hollis & Dunbar Imaging Consultants⟧\n⟦ADDRESS:1200 Commerce Pkwy, Suite 410, Nashville, "
        "TN 37203⟧\n⟦DATE:April 22, 2025⟧\nRE: Second opinion, ⟦PERSON:Jamal Whitaker⟧, DOB ⟦DATE:8/30/1972⟧\n"
        "At the request of his attorney, Ms. ⟦PERSON:Caroline Stroud⟧, I reviewed the MRI cervical spine from "
        "⟦INSTITUTION:Music City Open MRI⟧ dated ⟦DATE:1/9/2025⟧. Findings are degenerative (uncovertebral "
        "spurring C5-6, Modic 2); no acute injury.\n⟦PERSON:Raymond T. Ilves⟧, MD, ABR-certified",
        ("Second opinion", "MRI cervical spine", "uncovertebral", "C5-6", "Modic 2", "ABR-certified"),
    ),
    (
        "us05",
        "en",
        "Lung Cancer Screening Program – Results Letter\n⟦DATE:June 3, 2025⟧\n⟦PERSON:Rosalind Pettigrew⟧\n"
        "⟦ADDRESS:88 Quarry Hill Rd\nBarre, VT 05641⟧\nDear Ms. ⟦PERSON:Pettigrew⟧,\nYour low-dose CT on "
        "⟦DATE:May 28⟧ was Lung-RADS 2 (benign appearance). Your next annual LDCT is due in 12 months. "
        "Pack-years on file: 34. Questions: ⟦PHONE:(802) 555-0164⟧, option 3.\n"
        "⟦INSTITUTION:Green Mountain Chest Imaging⟧",
        ("Lung Cancer Screening Program", "low-dose CT", "Lung-RADS 2", "LDCT", "12 months", "Pack-years", "option 3"),
    ),
    (
        "us06",
        "en",
        "[⟦DATE:04/15/2025⟧ 09:31:55] CD import (eFilm viewer disc), 2 studies\n  PatientName: "
        "⟦PERSON:NGUYEN-TRAN^BAO⟧  PatientID: ⟦ID:A0092711⟧ -> remapped to MRN ⟦ID:8816730⟧\n  Issuer: "
        "⟦INSTITUTION:Desert Sky Diagnostic Center⟧\n  Studies: CT ABD/PEL W (⟦DATE:03/29/2025⟧), US RUQ "
        "(⟦DATE:03/30/2025⟧)\n[⟦DATE:04/15/2025⟧ 09:32:40] Coercion complete by ⟦PERSON:kdelacruz⟧; "
        "prior-study flag set",
        ("CD import", "eFilm", "PatientName", "CT ABD/PEL W", "US RUQ", "09:32:40", "prior-study flag"),
    ),
    (
        "us07",
        "en",
        "SYNOPTIC – Breast MRI (BI-RADS 5th ed.)\nPatient: ⟦PERSON:Keisha Montgomery-Ruiz⟧ | MRN "
        "⟦ID:3390-1175-2⟧ | Exam ⟦DATE:2025-05-19⟧\nIndication: new IDC right breast, ER+/PR+/HER2-\nIndex "
        "lesion: 10:00, 4 cm FN, 2.3 cm irregular mass, type III kinetic curve. Contralateral negative.\n"
        "Assessment: BI-RADS 6.\nTumor board ⟦DATE:5/22⟧, ⟦INSTITUTION:Sutter Roseville Breast Center⟧",
        ("BI-RADS 5th ed.", "IDC", "ER+/PR+/HER2-", "4 cm FN", "type III kinetic curve", "BI-RADS 6", "Tumor board"),
    ),
    (
        "us08",
        "en",
        "Pediatric Radiology – VCUG\nPatient: ⟦PERSON:Aiden Redcloud⟧, 14 mo, with grandmother and legal "
        "guardian ⟦PERSON:Loretta Redcloud⟧\nReferring: ⟦PERSON:Samuel Okafor⟧, MD, ⟦INSTITUTION:Little Rock "
        "Pediatric Urology Associates⟧\nFindings: bilateral VUR, grade IV right, grade II left. Child Life "
        "specialist present. Fluoro time 0.8 min.",
        (
            "Pediatric Radiology",
            "VCUG",
            "14 mo",
            "legal guardian",
            "VUR",
            "grade IV",
            "Child Life specialist",
            "Fluoro time",
        ),
    ),
    (
        "us09",
        "en",
        "ED trauma note 01:42 – Level 2 activation\n⟦PERSON:Dakota Pruitt⟧, 17F, MVC rollover, restrained. "
        "FAST negative. CT: Chance fracture of L1, small splenic laceration (AAST grade II). Mother "
        "⟦PERSON:Crystal Pruitt⟧ en route, cell ⟦PHONE:918-555-0122⟧. Transferred from "
        "⟦INSTITUTION:Okmulgee Memorial⟧ by EMS. Trauma surgery: Dr. ⟦PERSON:Abernathy⟧.",
        (
            "01:42",
            "Level 2 activation",
            "17F",
            "FAST negative",
            "Chance fracture",
            "L1",
            "AAST grade II",
            "Trauma surgery",
        ),
    ),
    (
        "us10",
        "en",
        "Multidisciplinary Thoracic Tumor Board – ⟦DATE:Friday 6/13/2025⟧\nCase 4: ⟦PERSON:Leonard Abramowitz⟧, "
        "⟦AGE:91⟧ y/o, RUL mass 3.8 cm, PET-avid, nodes negative at EBUS (4R, 7, 11R). Not a surgical "
        "candidate (FEV1 38%). Plan: SBRT 50 Gy/5.\ncc: ⟦PERSON:Ana Lucía Paredes⟧, NP; "
        "⟦INSTITUTION:Hines VA⟧ Oncology; ⟦INSTITUTION:Shady Oaks Assisted Living⟧ (fax ⟦PHONE:708-555-0199⟧)",
        ("Thoracic Tumor Board", "RUL mass", "PET-avid", "EBUS (4R, 7, 11R)", "FEV1 38%", "SBRT 50 Gy/5", "NP"),
    ),
    (
        "us11",
        "en",
        "Appointment reminder: ⟦PERSON:Gustavo Ibarra⟧, you are scheduled for a DEXA scan at "
        "⟦INSTITUTION:Westgate Women's & Bone Health⟧, ⟦ADDRESS:7350 W Bell Rd, Glendale AZ 85308⟧ on "
        "⟦DATE:Mon 07/21/25⟧ 8:15 AM. Arrive 15 min early; no calcium supplements 24h prior. Member ID "
        "⟦ID:XJH887204451⟧, Group ⟦ID:00418⟧. Questions: ⟦PHONE:623-555-0105⟧ x⟦PHONE:22⟧. Reply STOP to opt out.",
        ("Appointment reminder", "DEXA scan", "8:15 AM", "15 min", "calcium supplements", "24h", "Reply STOP"),
    ),
    (
        "us12",
        "en",
        "COMPARISON: Outside CT abdomen/pelvis from ⟦INSTITUTION:St. Luke's Magic Valley⟧ dated "
        "⟦DATE:December 2nd, 2024⟧, pushed via PowerShare.\nFINDINGS: Interval growth of the pancreatic head "
        "cyst (1.9 → 2.6 cm), now with a 4 mm enhancing mural nodule, a worrisome feature per Fukuoka "
        "guidelines. CBD 7 mm. Courvoisier sign negative per Dr. ⟦PERSON:Baird⟧. Ms. ⟦PERSON:Eunice Halvorsen⟧ "
        "is ⟦AGE:95⟧; discussed with her daughter ⟦PERSON:Kari⟧ at the bedside.",
        (
            "COMPARISON",
            "PowerShare",
            "pancreatic head",
            "mural nodule",
            "Fukuoka guidelines",
            "CBD 7 mm",
            "Courvoisier sign",
        ),
    ),
    (
        "us13",
        "en",
        "MRN\tPatient\tDOB\tProc\tPriority\tOrdering\n⟦ID:77410223⟧\t⟦PERSON:Castellanos, Yesenia⟧\t"
        "⟦DATE:02/14/1993⟧\tUS PELVIS TRANSVAG\tSTAT\t⟦PERSON:Lindqvist, Erik⟧ MD\n⟦ID:77410291⟧\t"
        "⟦PERSON:Bell, Harold⟧\t⟦DATE:11/05/1929⟧\tXR HIP 2V LT\tROUTINE\t⟦PERSON:Hardy, June⟧ NP",
        ("Priority", "Ordering", "US PELVIS TRANSVAG", "STAT", "XR HIP 2V LT", "ROUTINE"),
    ),
    (
        "us14",
        "en",
        "ADDENDUM ⟦DATE:7/2/25⟧ 4:05 PM: Critical result (new Stanford type B dissection) communicated to Dr. "
        "⟦PERSON:Nakamura-Fields⟧ via secure chat; acknowledged 4:11 PM.\nElectronically signed: "
        "⟦PERSON:Winston O. Ashby-Clarke⟧, MD\n⟦INSTITUTION:Radiology Partners of the Ozarks⟧ · "
        "⟦ADDRESS:3231 S National Ave, Springfield, MO 65807⟧\n⟦URL:rpozarks.com/patients⟧ · CONFIDENTIALITY "
        "NOTICE: this e-mail may contain PHI.",
        (
            "ADDENDUM",
            "Critical result",
            "Stanford type B",
            "dissection",
            "secure chat",
            "4:11 PM",
            "Electronically signed",
        ),
    ),
    (
        "us15",
        "en",
        "Discharge Instructions – ⟦INSTITUTION:UPMC Presbyterian⟧, 7 West\nPatient: ⟦PERSON:Thaddeus Kaminski⟧ "
        "(⟦AGE:102⟧ yrs), going to ⟦INSTITUTION:Sunrise of Fox Chapel⟧ with hospice. Healthcare proxy: niece "
        "⟦PERSON:Dorothy Szymanski⟧, ⟦PHONE:(412) 555-0130⟧. Imaging this stay: CXR – small bilateral effusions; "
        "renal US – no hydronephrosis. Medicare ID ⟦ID:1EG4-TE5-MK73⟧. PCP: Dr. ⟦PERSON:Agnes Wojcik⟧.",
        (
            "Discharge Instructions",
            "7 West",
            "hospice",
            "Healthcare proxy",
            "CXR",
            "effusions",
            "renal US",
            "hydronephrosis",
        ),
    ),
)

EXCERPTS = build_excerpts(_RAW)
