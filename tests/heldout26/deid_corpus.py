# ruff: noqa: E501
"""Held-out 26: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
20 and 24, the sources of held-out 9's `build_excerpts` / `Excerpt` / `_overlaps` / `country` /
`strip_markup`, the LABELS / COUNTRIES tuples and the markup pattern, the (id, lang) pairs of
held-out 24, and the runners and floor test of held-outs 8, 9, 11 and 15). 80 excerpts, 16 each
from DE, AT, CH (8 German, 4 French, 4 Italian), UK and US, written as sites earlier sets leaned on
less would write them: geriatrics and acute geriatric wards, palliative care, SAPV and hospices,
memory clinics, psychiatry (forensic commitment, FU, UbG), paediatrics and neonatology (NICU, twins,
parents), transplant and dialysis centres, rehabilitation and spa clinics (Reha, Kur, spinal-cord and
stroke rehab), veterans' and student health services, rural GP practices, community and critical
access hospitals, medical examiners and coroners. Documents: referral forms, patient transport and
transfer orders, a federal medication plan, guardianship / adult-protection / court orders and a
lasting power of attorney, autopsy and post-mortem CT requests, patient-portal messages, SMS
reminders, fax cover sheets (one OCR'd with 0/O and l/1 errors), an e-mail thread, a PACS import log,
RIS worklists and pipe exports, DICOM header dumps, tumour boards / MDTs with attendance and cc
lists, addenda, signatures, handover notes. Welsh, Scottish, Irish, Romansh, Swiss French and
Swiss Italian names and places; Vietnamese name in two forms; repeated page headers, hyphenation at
a line end, flattened tables.
PHI in national forms (persons with and without titles or labels, "Surname, Firstname", capitalised
and DICOM names, first names alone, nicknames in quotes, logins, relatives, carers, guardians,
attorneys and curators, staff, outside doctors, surnames that are also eponyms or words: Wernicke,
Lange, Tanner, Kurz, Evans, Anderson, Kaiser, Koch; facilities with and without keywords, acronyms,
short forms, practices, care homes, hospices, imaging centres, courts and authorities; address
blocks, inline and town-only addresses; phones, faxes, mobiles, extensions, bleeps and pagers;
IDs: case, PID, SVNR, AHV, insurance card, NHS, CHI, MRN, accession, court file, OID, UNOS, MBI,
Medicaid, student and service numbers; dates in numeric, DICOM, ISO, partial and written forms in
four languages; e-mails; URLs; ages over 89). Keep-terms about as many as the PHI spans and as hard:
eponyms (Alzheimer, Binswanger, Fazekas, Scheltens, Papile, Levene, Brescia-Cimino, Genant, Anderson,
Neer, Osgood-Schlatter, Baastrup, Meyerding, Bell, Courvoisier, Whipple, Wernicke, Graf, Simpson,
Cobb, Risser, Homans, Lewy, Zenker, Tanner, Hoffa, Bilsky, Zweymüller, Brooker, Garden, Shenton,
Colles, Paget, Lachman, Modic, Budd-Chiari, Wallerian, Barthel, Rankin, Bosniak, Michels, Evans,
Brodie), place-named criteria (Boston, Milan, Glasgow), anatomy, drugs, devices, sequences, scores
and classifications, capitalised German nouns, ward and department words, clock times, young ages,
bare years, DICOM attribute names.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ages under 90, bare years and generic department names outside the
spans; for ages over 89 only the number, for extensions only the digits; a town named as a
residence or address is ADDRESS, a town inside or directly naming a facility is part of the
INSTITUTION; payer / insurer names are neither PHI nor keep-terms, their member numbers are ID;
in DICOM PN values name prefixes after ^^ are outside the span).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import Excerpt, build_excerpts

_RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "de01",
        "de",
        """Gedächtnisambulanz ⟦INSTITUTION:Klinikum Rheinaue⟧ – Zuweisung zur cMRT
Pat.: ⟦PERSON:Wernicke, Hildegard⟧, geb. ⟦DATE:17.06.1941⟧, Fall-Nr. ⟦ID:2026-114873⟧
Fragestellung: V.a. Demenz vom Alzheimer-Typ, DD vaskulär (Binswanger), MMSE 21/30, MoCA 17.
Bitte Fazekas-Score und Scheltens-Skala (MTA) angeben. Angehörige: Tochter ⟦PERSON:Birgit Lohmeier⟧, Tel. ⟦PHONE:0228 947 31 55⟧.
Zuweiser: Dr. med. ⟦PERSON:K. Ostendorf⟧""",
        ("Alzheimer-Typ", "Binswanger", "MMSE 21/30", "MoCA", "Fazekas-Score", "Scheltens-Skala", "Angehörige", "cMRT"),
    ),
    (
        "de02",
        "de",
        """Verordnung einer Krankenbeförderung (Muster 4)
Name, Vorname des Versicherten: ⟦PERSON:Kowalczyk, Zbigniew⟧   geb. am ⟦DATE:03.11.38⟧
Versicherten-Nr.: ⟦ID:K204518833⟧   Kostenträger: AOK
Hinfahrt zur ambulanten Behandlung: CT Thorax, ⟦INSTITUTION:Radiologie am Südpark⟧, ⟦ADDRESS:Lindenallee 12, 45131 Essen⟧
Liegendtransport, Tragestuhl nicht möglich (Z.n. Schenkelhalsfraktur 2024, Hüft-TEP li.), Sauerstoff 2 l/min.
Termin ⟦DATE:Di., 20.01.2026⟧ 09:30 Uhr""",
        (
            "Liegendtransport",
            "Tragestuhl",
            "Schenkelhalsfraktur 2024",
            "Hüft-TEP",
            "Sauerstoff 2 l/min",
            "09:30 Uhr",
            "CT Thorax",
        ),
    ),
    (
        "de03",
        "de",
        """⟦INSTITUTION:Amtsgericht Bad Kreuznach⟧ – Betreuungsgericht – Az. ⟦ID:XVII 418/25⟧
In der Betreuungssache ⟦PERSON:Elfriede Hausmann⟧, wohnhaft ⟦INSTITUTION:Seniorenstift Am Rosengarten⟧, ⟦ADDRESS:Mühlweg 4, Meisenheim⟧,
wird die Einwilligung der Betreuerin ⟦PERSON:Sabine Gräf-Oberle⟧ (Berufsbetreuerin) in die Durchführung einer MRT des Schädels in Sedierung (Propofol) genehmigt.
⟦DATE:9. Dezember 2025⟧, ⟦PERSON:Reuter⟧, Richterin am Amtsgericht""",
        (
            "Betreuungsgericht",
            "Betreuungssache",
            "Berufsbetreuerin",
            "MRT des Schädels",
            "Sedierung",
            "Propofol",
            "Richterin am Amtsgericht",
        ),
    ),
    (
        "de04",
        "de",
        """Medikationsplan   Seite 1 von 2   für: ⟦PERSON:Anneliese Brückner⟧   geb. ⟦DATE:22.02.1936⟧
ausgedruckt von: ⟦INSTITUTION:Hausarztpraxis Dr. Yilmaz & Kollegen⟧, ⟦ADDRESS:Hauptstr. 61, 74889 Sinsheim⟧, Tel. ⟦PHONE:07261 6543-0⟧   am ⟦DATE:05.01.2026⟧
Wirkstoff | Handelsname | Stärke | mo-mi-ab-z
Apixaban | Eliquis | 2,5 mg | 1-0-1-0
Donepezil | Aricept | 5 mg | 0-0-1-0
Hinweis: vor KM-Gabe (CT) Metformin pausieren; eGFR 38 ml/min.""",
        ("Medikationsplan", "Apixaban", "Eliquis", "Donepezil", "Aricept", "Metformin pausieren", "eGFR 38 ml/min"),
    ),
    (
        "de05",
        "de",
        """Neonatologie / Perinatalzentrum Level 1 – Schädelsonographie
Kind: ⟦PERSON:Malik, Amira⟧ (Zwilling II), geb. ⟦DATE:28.12.2025⟧ 04:12 Uhr, SSW 27+3, 890 g
Mutter: ⟦PERSON:Leyla Malik⟧, Pat.-ID Mutter ⟦ID:50873321⟧
Befund Tag 5: IVH Grad II nach Papile rechts, keine PVL, Ventrikelindex unter der 97. Perzentile nach Levene.
Verlauf in 7 Tagen. Befund an Kinderärztin Dr. ⟦PERSON:Haberkorn⟧ telefonisch (Piepser ⟦PHONE:4471⟧).""",
        ("Zwilling II", "SSW 27+3", "IVH Grad II", "Papile", "PVL", "Levene", "Perinatalzentrum Level 1", "04:12 Uhr"),
    ),
    (
        "de06",
        "de",
        """⟦INSTITUTION:KfH-Nierenzentrum Weißenfels⟧ · Dialyse · Shunt-Duplex
Patient ⟦PERSON:Horst-Günter Pietsch⟧ (HD seit 2019, Mo/Mi/Fr), PID ⟦ID:0048812⟧
Brescia-Cimino-Fistel li. Unterarm, Flussvolumen 410 ml/min, Stenose am Anastomosenbereich ca. 60 %.
Empfehlung: Shuntographie / PTA, Anmeldung bei ⟦INSTITUTION:Gefäßzentrum Saale-Unstrut⟧, Herr Dr. ⟦PERSON:Mewes⟧, Fax ⟦PHONE:03443 31-2290⟧.
Nächste Dialyse ⟦DATE:14.01.⟧ Schicht 2.""",
        (
            "Brescia-Cimino-Fistel",
            "Flussvolumen 410 ml/min",
            "Shuntographie",
            "PTA",
            "HD seit 2019",
            "Schicht 2",
            "Dialyse",
        ),
    ),
    (
        "de07",
        "de",
        """⟦INSTITUTION:Reha-Zentrum Bad Wildbad-Sommerberg⟧ – Abt. Geriatrische Rehabilitation
Entlassungsbericht – ⟦PERSON:Theresia Vogelsang⟧, * ⟦DATE:11.8.1940⟧, Aufenthalt ⟦DATE:02.12.⟧–⟦DATE:23.12.2025⟧
Barthel-Index bei Aufnahme 45, bei Entlassung 75; Timed-up-and-go 24 s. Röntgen LWS: Deckplatteneinbruch LWK 2 (Genant Grad 1), keine Hinterkantenbeteiligung.
Weiterbehandlung: Hausarzt Dr. ⟦PERSON:Emre Aksoy⟧, ⟦ADDRESS:Pforzheim⟧.""",
        (
            "Geriatrische Rehabilitation",
            "Barthel-Index",
            "Timed-up-and-go",
            "Deckplatteneinbruch",
            "LWK 2",
            "Genant Grad 1",
            "Hinterkantenbeteiligung",
        ),
    ),
    (
        "de08",
        "de",
        """SAPV-Team ⟦INSTITUTION:PalliNet Ostholstein⟧ – Telefonnotiz ⟦DATE:07.01.26⟧ 21:40
Anruf Ehemann ⟦PERSON:Jürgen Carstensen⟧ (⟦PHONE:0171 4420 913⟧): Pat. ⟦PERSON:Ute C.⟧ zunehmend dyspnoisch, Pleuraerguss bekannt (CT 12/2025).
Rücksprache mit OA ⟦PERSON:Tamm⟧ (Radiologie): Pleurapunktion im Hospiz möglich, sonographisch gesteuert. Morphin-Perfusor 10 mg/24 h weiter.""",
        ("SAPV-Team", "Telefonnotiz", "Pleuraerguss", "Pleurapunktion", "Hospiz", "Morphin-Perfusor", "21:40"),
    ),
    (
        "de09",
        "de",
        """FAXDECKBLATT    Seite 1/3
An: ⟦INSTITUTION:Gemeinschaftspraxis Radiologie Nordhorn⟧   Fax: ⟦PHONE:(0 59 21) 8 17 44-29⟧
Von: ⟦INSTITUTION:Pflegeheim St. Josef⟧, Wohnbereich 2, Sr. ⟦PERSON:Agnieszka⟧
Betr.: Bew0hnerin ⟦PERSON:Sch1ömer, Gerda⟧, geb. ⟦DATE:O4.O3.1933⟧ – Röntgen Becken n. Sturz
Vertraulich! Falls Sie dieses Fax irrtümlich erhalten haben, informieren Sie uns bitte unter ⟦PHONE:05921 77 02-0⟧.""",
        ("FAXDECKBLATT", "Wohnbereich 2", "Röntgen Becken", "Sturz", "Vertraulich!", "Seite 1/3"),
    ),
    (
        "de10",
        "de",
        """Nachricht über das Patientenportal – ⟦DATE:Sonntag, 4. Januar 2026⟧, 18:05
Von: ⟦EMAIL:marlene.vossberg@web.de⟧ (Mutter von ⟦PERSON:Jonas Voßberg⟧, 9 J.)
Guten Tag, mein Sohn hat am Donnerstag das MRT Knie bekommen (Morbus Osgood-Schlatter?). Wann ist der Befund da?
Die Ärztin Frau Dr. ⟦PERSON:Nguyen Thi Lan⟧ meinte, er darf kein Fußball spielen. Rückruf gern unter ⟦PHONE:+49 160 9917 2280⟧.""",
        ("Patientenportal", "18:05", "MRT Knie", "Osgood-Schlatter", "Fußball", "9 J."),
    ),
    (
        "de11",
        "de",
        """⟦INSTITUTION:Institut für Rechtsmedizin der Universität Greifswald⟧ – Anforderung postmortale CT (PMCT)
Verstorbene(r): ⟦PERSON:Dieter Wollschläger⟧, ⟦AGE:91⟧ J., Todeszeitpunkt ⟦DATE:06.01.2026⟧ ca. 03:15
Leichenschauschein: Todesart ungeklärt, Sturz in Häuslichkeit ⟦ADDRESS:Gützkower Landstr. 8, 17489 Greifswald⟧. StA ⟦ID:Js 233/26⟧.
PMCT Ganzkörper nativ, bitte Rippenserienfraktur und subdurales Hämatom prüfen.""",
        (
            "PMCT",
            "Leichenschauschein",
            "Todesart ungeklärt",
            "Häuslichkeit",
            "Rippenserienfraktur",
            "subdurales Hämatom",
            "03:15",
        ),
    ),
    (
        "de12",
        "de",
        """Arbeitsliste CT | Geriatrie | ⟦DATE:13.01.2026⟧
Zeit|Name|geb.|Station|Untersuchung|Anf.-Nr.
07:45|⟦PERSON:Petersen, Ingeborg⟧|⟦DATE:1931-05-02⟧|G3|CCT nativ (Sturz, ASS)|⟦ID:A260113-0071⟧
08:10|⟦PERSON:Abdullahi, Hawa⟧|⟦DATE:1944-09-19⟧|G1|CT Abdomen KM (Ileus?)|⟦ID:A260113-0072⟧
08:30|⟦PERSON:Lange, Bruno⟧|⟦DATE:1929-12-30⟧|G3|HWS (Dens-Fraktur Anderson II?)|⟦ID:A260113-0075⟧""",
        ("CCT nativ", "ASS", "CT Abdomen KM", "Ileus?", "Dens-Fraktur", "Anderson II", "07:45", "Geriatrie"),
    ),
    (
        "de13",
        "de",
        """(0008,0080) InstitutionName        LO [⟦INSTITUTION:Kinderklinik Dritter Orden⟧]
(0008,0090) ReferringPhysicianName PN [⟦PERSON:Oberhuber^Magdalena⟧^^Dr.]
(0010,0010) PatientName            PN [⟦PERSON:ÖZDEMIR^ELIF⟧]
(0010,0020) PatientID              LO [⟦ID:KDO7734201⟧]
(0010,0030) PatientBirthDate       DA [⟦DATE:20190417⟧]
(0008,1030) StudyDescription       LO [MRT Schaedel Kinder Sedierung]
(0018,0087) MagneticFieldStrength  DS [3]""",
        (
            "InstitutionName",
            "ReferringPhysicianName",
            "PatientBirthDate",
            "MRT Schaedel Kinder Sedierung",
            "MagneticFieldStrength",
            "StudyDescription",
        ),
    ),
    (
        "de14",
        "de",
        """Forensische Psychiatrie – Maßregelvollzug (§ 63 StGB) – Vorführung zur CT
Untergebrachter ⟦PERSON:Rashid Al-Khatib⟧, Unterbr.-Nr. ⟦ID:63-0219⟧, Begleitung durch 2 Pfleger (Herr ⟦PERSON:Stenzel⟧, Herr ⟦PERSON:Obi⟧).
Beschluss ⟦INSTITUTION:LG Bielefeld⟧ vom ⟦DATE:19.11.2025⟧. Indikation: Clozapin-Therapie, V.a. Ileus, CT Abdomen mit KM. Handfixierung während Untersuchung zulässig.""",
        ("Maßregelvollzug", "§ 63 StGB", "2 Pfleger", "Clozapin-Therapie", "V.a. Ileus", "Handfixierung"),
    ),
    (
        "de15",
        "de",
        """Transplantationszentrum – Nierentransplantat-Duplex, NTx am ⟦DATE:30.12.2025⟧ (Spender: ET-Nr. ⟦ID:ET-119482⟧)
Empfängerin: ⟦PERSON:Katarzyna Neubauer-Wiśniewska⟧, Fall ⟦ID:7701928⟧
Transplantat re. Fossa iliaca, 11,8 cm, RI 0,71 (Segmentarterien), kein Perirenalhämatom, Lymphozele 3 cm. Tacrolimus-Spiegel lt. Station 8,2.
Befund an PD Dr. ⟦PERSON:Schellhorn⟧ (Nephrologie) und ⟦EMAIL:ntx-ambulanz@klinikum-mittelrhein.de⟧""",
        (
            "Nierentransplantat-Duplex",
            "Fossa iliaca",
            "RI 0,71",
            "Segmentarterien",
            "Perirenalhämatom",
            "Lymphozele",
            "Tacrolimus-Spiegel",
            "Nephrologie",
        ),
    ),
    (
        "de16",
        "de",
        """⟦INSTITUTION:Landarztpraxis Eichhorn⟧ · ⟦ADDRESS:Dorfstr. 3 · 19386 Passow⟧ · Tel. ⟦PHONE:038731/2 48 10⟧    – Seite 2 –
Überweisung an Radiologie: Frau ⟦PERSON:Waltraud Ehlers⟧, ⟦AGE:94⟧ J., seit Weihnachten Schmer-
zen re. Schulter nach Sturz im Stall. Bitte Rö Schulter in 2 Ebenen, DD Humeruskopffraktur
(Neer 2-Part?). Marcumar-Patientin, INR 2,9. Fahrdienst über Nachbarn Herrn ⟦PERSON:Piepenburg⟧.""",
        (
            "Überweisung an Radiologie",
            "Rö Schulter in 2 Ebenen",
            "Humeruskopffraktur",
            "Neer 2-Part",
            "Marcumar-Patientin",
            "INR 2,9",
            "Weihnachten",
            "Fahrdienst",
        ),
    ),
    (
        "at01",
        "de",
        """⟦INSTITUTION:Landesklinikum Waidhofen/Ybbs⟧ – Akutgeriatrie/Remobilisation (AG/R)
Zuweisung Röntgen: Fr. ⟦PERSON:Rosina Hinterleitner⟧, SVNR ⟦ID:1234 120338⟧, e-card gesteckt
Erwachsenenvertreterin (gerichtlich): Mag. ⟦PERSON:Ilse Fuchsbichler⟧, ⟦ADDRESS:Unterer Stadtplatz 14, 3340 Waidhofen an der Ybbs⟧
Frage: Sinterungsfraktur BWK 12? Kyphoplastie erwogen. Tinetti-Test 14/28, Sturzrisiko hoch.""",
        (
            "Akutgeriatrie/Remobilisation",
            "e-card gesteckt",
            "Erwachsenenvertreterin",
            "Sinterungsfraktur",
            "BWK 12",
            "Kyphoplastie",
            "Tinetti-Test 14/28",
            "Sturzrisiko",
        ),
    ),
    (
        "at02",
        "de",
        """Transportauftrag ⟦INSTITUTION:Rotes Kreuz Bezirksstelle Liezen⟧ – Krankentransport sitzend/liegend: liegend
Patient: ⟦PERSON:Gruber Alois⟧ (geb. ⟦DATE:1.4.1937⟧), von ⟦INSTITUTION:Pflegewohnhaus Rottenmann⟧ zu ⟦INSTITUTION:LKH Rottenmann-Bad Aussee⟧, Radiologie
Abholung ⟦DATE:15.01.2026⟧ 07:15, Rückfahrt nach Befund. Infektiös: MRSA (Kontaktisolation). Begleitperson: Enkelin ⟦PERSON:Lena Gruber⟧, ⟦PHONE:0664 / 381 22 09⟧""",
        (
            "Transportauftrag",
            "Krankentransport sitzend/liegend",
            "Radiologie",
            "Rückfahrt nach Befund",
            "MRSA",
            "Kontaktisolation",
            "Begleitperson",
            "07:15",
        ),
    ),
    (
        "at03",
        "de",
        """Sprengelärztin Dr.in ⟦PERSON:Veronika Leitgeb⟧ – Totenbeschau, ⟦DATE:Jänner 2026⟧
Verstorbener ⟦PERSON:Ferdinand Pichlmayr⟧, ⟦AGE:96⟧ J., aufgefunden ⟦ADDRESS:Hofstatt 2, 4872 Neukirchen an der Vöckla⟧.
Ersuchen um sanitätspolizeiliche Obduktion bzw. PMCT am ⟦INSTITUTION:Kepler Uniklinikum⟧ (Gerichtsmedizin), Tel. ⟦PHONE:05 7680 83-6312⟧.
Vorbefund CT Thorax 11/2025: zentrales Bronchuskarzinom li., Pancoast-Tumor ausgeschlossen.""",
        (
            "Totenbeschau",
            "sanitätspolizeiliche Obduktion",
            "Gerichtsmedizin",
            "CT Thorax 11/2025",
            "Bronchuskarzinom",
            "Pancoast-Tumor",
        ),
    ),
    (
        "at04",
        "de",
        """Kuranstalt ⟦INSTITUTION:Gesundheitsresort Bad Schallerbach⟧ – Kurarztbrief
Kurgast: ⟦PERSON:Mehmedović, Senada⟧, VSNR ⟦ID:4471 080562⟧, Kurzeitraum ⟦DATE:3.–24. November 2025⟧
Röntgen LWS a.p./seitl.: Osteochondrose L4/L5 und L5/S1, Spondylarthrose, Baastrup-Phänomen L3–L5. Keine Spondylolisthese (Meyerding 0).
Therapie: Thermalbad, Fango, Unterwassermassage. Für Rückfragen: Kurärztin Dr. ⟦PERSON:Pfeifer⟧, DW ⟦PHONE:318⟧""",
        (
            "Kurarztbrief",
            "Osteochondrose",
            "L4/L5",
            "Spondylarthrose",
            "Baastrup-Phänomen",
            "Meyerding 0",
            "Thermalbad",
            "Fango",
            "Unterwassermassage",
        ),
    ),
    (
        "at05",
        "de",
        """Univ.-Klinik für Kinder- und Jugendheilkunde, ⟦INSTITUTION:Uniklinikum Salzburg⟧ – Neonatologie/NICU
Baby ⟦PERSON:Kaiser⟧ (FG 31+0), Mutter ⟦PERSON:Christina Kaiser⟧, Vater ⟦PERSON:Dominik Schwaighofer⟧
Rö Thorax/Abdomen ⟦DATE:08.01.2026⟧ 02:30: NEC Stadium II nach Bell? Pneumatosis intestinalis im re. Unterbauch, kein Pneumoperitoneum. NVK-Spitze Th 9. Befundet OÄ Dr.in ⟦PERSON:Strasser-Huemer⟧, Funk ⟦PHONE:72415⟧.""",
        (
            "Kinder- und Jugendheilkunde",
            "FG 31+0",
            "Rö Thorax/Abdomen",
            "NEC Stadium II",
            "Bell?",
            "Pneumatosis intestinalis",
            "Pneumoperitoneum",
            "Th 9",
            "02:30",
        ),
    ),
    (
        "at06",
        "de",
        """ELGA e-Befund | Dialyseinstitut ⟦INSTITUTION:Nephro-Zentrum Mödling⟧ | OID ⟦ID:1.2.40.0.34.99.4613.7⟧
Patientin: ⟦PERSON:Theodora Popescu⟧, ⟦DATE:1950-07-02⟧, SVNR ⟦ID:5521 020750⟧
Gefäßzugang: Demers-Katheter (getunnelt) V. jugularis int. re., Spitze kavoatrial, Cuff subkutan. Keine Thrombose.
PD-Option (Tenckhoff) besprochen. Hausärztin: Dr.in ⟦PERSON:Renate Zöchling⟧, ⟦ADDRESS:Wiener Neudorf⟧""",
        (
            "ELGA e-Befund",
            "Demers-Katheter",
            "V. jugularis int.",
            "kavoatrial",
            "Cuff subkutan",
            "Tenckhoff",
            "Gefäßzugang",
        ),
    ),
    (
        "at07",
        "de",
        """Memory-Ambulanz – ⟦INSTITUTION:Klinik Penzing⟧, Abteilung für Neurologie
AMYLOID-PET-Anforderung (Flutemetamol) für Hr. Univ.-Prof. i.R. ⟦PERSON:Heribert Stöckl⟧ …
Der Pat. (⟦AGE:90⟧ a) wird von seiner Lebensgefährtin Dr. ⟦PERSON:Margit Aigner-Rossi⟧ begleitet. cMRT: Hippocampusatrophie MTA 3 bds., Fazekas 2, Mikroblutungen (SWI) frontal – CAA nach Boston-Kriterien möglich.
Termin: ⟦DATE:Do 22.1.⟧, 10:00, Nuklearmedizin, ⟦ADDRESS:Wolkersbergenstraße 1, 1130 Wien⟧""",
        (
            "Memory-Ambulanz",
            "Flutemetamol",
            "Lebensgefährtin",
            "Hippocampusatrophie",
            "MTA 3",
            "Fazekas 2",
            "SWI",
            "Boston-Kriterien",
            "Nuklearmedizin",
        ),
    ),
    (
        "at08",
        "de",
        """Rezept/Überweisung – ⟦INSTITUTION:Gruppenpraxis Allgemeinmedizin Dr. Huber & Dr. Kolar OG⟧, ⟦ADDRESS:Kirchengasse 5, 8380 Jennersdorf⟧
Vertragspartner ÖGK, VPNR ⟦ID:03-71548⟧
Zuweisung an ⟦INSTITUTION:Röntgeninstitut Fürstenfeld⟧: Sonographie Abdomen, Herr ⟦PERSON:János Horváth⟧ (geb. ⟦DATE:29.2.1948⟧), Leberwerte erhöht, Courvoisier-Zeichen pos.? Whipple 2019 bei V.a. – Narbe. Befund bitte per DaMe.""",
        (
            "Vertragspartner ÖGK",
            "Sonographie Abdomen",
            "Leberwerte erhöht",
            "Courvoisier-Zeichen",
            "Whipple 2019",
            "DaMe",
        ),
    ),
    (
        "at09",
        "de",
        """Psychiatrische Abteilung – Unterbringung nach UbG – Befundkopie an Patientenanwaltschaft
Pat.: ⟦PERSON:Kristóf Varga-Lendvai⟧ (PID ⟦ID:6610943⟧), untergebracht seit ⟦DATE:02.01.2026⟧
cCT nativ: keine Blutung, keine Raumforderung; Erweiterung der inneren und äußeren Liquorräume, für 34 a auffällig (Alkohol?). Wernicke-Enzephalopathie? ggf. MRT (Corpora mamillaria).
Patientenanwältin Mag.a ⟦PERSON:Sandra Ebner⟧, ⟦INSTITUTION:VertretungsNetz⟧, ⟦PHONE:01/330 46 00-217⟧""",
        (
            "Unterbringung nach UbG",
            "Patientenanwaltschaft",
            "cCT nativ",
            "Liquorräume",
            "34 a",
            "Wernicke-Enzephalopathie",
            "Corpora mamillaria",
        ),
    ),
    (
        "at10",
        "de",
        """SMS-Erinnerung (automatisch): Sehr geehrte/r Fr. ⟦PERSON:Kurz Edeltraud⟧, Ihr MRT-Termin (Knie li.) ist am ⟦DATE:Mo, 19.01.2026⟧ um 14:20 bei ⟦INSTITUTION:Diagnosezentrum Urfahr⟧. Bitte e-card + Vorbefunde mitbringen, Herzschrittmacher-Ausweis vorweisen! Absage: ⟦PHONE:0732 731 900⟧ oder ⟦URL:www.dz-urfahr.at/termin⟧""",
        ("SMS-Erinnerung", "MRT-Termin", "Knie li.", "14:20", "e-card + Vorbefunde", "Herzschrittmacher-Ausweis"),
    ),
    (
        "at11",
        "de",
        """Seite 2 von 2 ___ ⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧ ___ ⟦PERSON:Schwarzl, Marianne⟧ ___ ⟦DATE:11.01.2026⟧
Beurteilung: Nierentransplantat (NTX 2014) mit Hydronephrose Grad II, DD Ureterstenose an der Anastomose.
Empfehlung: perkutane Nephrostomie, Rücksprache Transplantchirurgie OA ⟦PERSON:Reinisch⟧ (Tel. ⟦PHONE:385-13377⟧).
Vidiert: Ass. Dr. ⟦PERSON:Lukas Pammer⟧ / OA Dr. ⟦PERSON:Ch. Wölfler⟧""",
        (
            "Beurteilung:",
            "NTX 2014",
            "Hydronephrose Grad II",
            "Ureterstenose",
            "Anastomose",
            "perkutane Nephrostomie",
            "Transplantchirurgie",
            "Vidiert",
        ),
    ),
    (
        "at12",
        "de",
        """Anmeldung | Datum | Name | Geb. | Vers. | Leistung | Zuweiser
⟦ID:250114-33⟧|⟦DATE:14.01.2026⟧|⟦PERSON:Hasanović Emina⟧|⟦DATE:07.07.1939⟧|BVAEB|Mammographie bds. + US|Dr. ⟦PERSON:Jöbstl⟧
⟦ID:250114-34⟧|⟦DATE:14.01.2026⟧|⟦PERSON:Ritter Johann⟧|⟦DATE:21.03.1927⟧|ÖGK|Rö Thorax p.a./seitl.|⟦INSTITUTION:PVE Leibnitz⟧
⟦ID:250114-35⟧|⟦DATE:14.01.2026⟧|⟦PERSON:Steiner-Lackner Eva⟧|⟦DATE:30.10.2018⟧|ÖGK|US Hüfte nach Graf|Dr. ⟦PERSON:Koch⟧""",
        ("Anmeldung", "Mammographie bds. + US", "Rö Thorax p.a./seitl.", "US Hüfte nach Graf", "Leistung", "Zuweiser"),
    ),
    (
        "at13",
        "de",
        """Palliativstation ⟦INSTITUTION:KH der Barmherzigen Schwestern Ried⟧ – Übergabe Nachtdienst
Zi. 4/2: Fr. ⟦PERSON:Aigner⟧ (⟦AGE:92⟧), Subileus bei Peritonealkarzinose, CT gestern zeigt Kaliberwechsel Ileum, keine Perforation; Magensonde. Sohn ⟦PERSON:Gerhard⟧ kommt um 8 Uhr, DNR/Palliativplan liegt vor.
Zi. 6: Hr. ⟦PERSON:Moser⟧, Pleurx-Drainage re. gefördert 800 ml.""",
        (
            "Palliativstation",
            "Übergabe Nachtdienst",
            "Subileus",
            "Peritonealkarzinose",
            "Kaliberwechsel",
            "Magensonde",
            "DNR/Palliativplan",
            "Pleurx-Drainage",
            "8 Uhr",
        ),
    ),
    (
        "at14",
        "de",
        """Rehabilitationszentrum ⟦INSTITUTION:Weißer Hof⟧ (AUVA) – Querschnitt-Reha
Rehabilitand: ⟦PERSON:Matthias Oberwalder⟧, Unfall ⟦DATE:27.9.2025⟧ (Paragleiter), Schadensnr. ⟦ID:AUVA-25-0887412⟧
MRT BWS: Z.n. dorsaler Stabilisierung Th 10–L1 (Fixateur interne), Myelomalazie Th 11, ASIA-Impairment-Scale B. Syrinx nicht nachweisbar.
Dr. ⟦PERSON:Erdem⟧ / Physiotherapie ⟦PERSON:Katja Tomić⟧""",
        (
            "Querschnitt-Reha",
            "Paragleiter",
            "dorsaler Stabilisierung",
            "Th 10–L1",
            "Fixateur interne",
            "Myelomalazie",
            "ASIA-Impairment-Scale B",
            "Syrinx",
            "Physiotherapie",
        ),
    ),
    (
        "at15",
        "de",
        """Von: ⟦PERSON:Pöltl Sabine⟧ <⟦EMAIL:s.poeltl@bhs-wien.at⟧>
Gesendet: ⟦DATE:Freitag, 9. Jänner 2026⟧ 11:42
Betreff: WG: Vorbefund MRT ⟦PERSON:Dvořák⟧
Liebe Kollegin, anbei die Vorbefunde aus der ⟦INSTITUTION:Fakultní nemocnice u sv. Anny v Brně⟧, ⟦DATE:12/2024⟧: Meningeom WHO Grad I parasagittal, Simpson-Grad II reseziert. Bitte Vergleich.
Mit kollegialen Grüßen, ⟦INSTITUTION:Barmherzige Brüder Wien⟧, Neurochirurgie""",
        ("Vorbefund", "Meningeom WHO Grad I", "parasagittal", "Simpson-Grad II", "Vergleich", "Neurochirurgie"),
    ),
    (
        "at16",
        "de",
        """Schulärztlicher Dienst – Zuweisung: ⟦PERSON:Jovana Petrović⟧, 13 J., Klasse 3b ⟦INSTITUTION:MS Lienz-Nord⟧
Skoliose? Adams-Vorbeugetest pos., Rippenbuckel re. 1,5 cm. Bitte Wirbelsäulen-Ganzaufnahme stehend, Cobb-Winkel, Risser-Stadium.
Eltern: ⟦PERSON:Dragan⟧ und ⟦PERSON:Milica Petrović⟧, ⟦ADDRESS:Beda-Weber-Gasse 9/3, 9900 Lienz⟧, Tel. ⟦PHONE:+43 676 5512 043⟧""",
        (
            "Schulärztlicher Dienst",
            "13 J.",
            "Klasse 3b",
            "Skoliose?",
            "Adams-Vorbeugetest",
            "Rippenbuckel",
            "Wirbelsäulen-Ganzaufnahme",
            "Cobb-Winkel",
            "Risser-Stadium",
        ),
    ),
    (
        "ch01",
        "de",
        """⟦INSTITUTION:Spitex Region Lueg⟧ – Meldung an Hausarzt Dr. med. ⟦PERSON:Ueli Zbinden⟧, ⟦ADDRESS:Dorfstrasse 22, 3415 Hasle-Rüegsau⟧
Klientin: ⟦PERSON:Frieda Stalder-Bühlmann⟧, ⟦AGE:93⟧-jährig, AHV-Nr. ⟦ID:756.4417.2290.13⟧
Seit ⟦DATE:Sonntag, 11.1.⟧ Schwellung und Rötung li. Unterschenkel, Homans-Zeichen fraglich. Bitte Duplex (TVT?) im ⟦INSTITUTION:Spital Emmental⟧ organisieren. Beiständin: ⟦PERSON:Vreni Aeschlimann⟧ (⟦INSTITUTION:KESB Emmental⟧).""",
        ("Klientin", "Schwellung und Rötung", "Unterschenkel", "Homans-Zeichen", "Duplex (TVT?)", "Beiständin"),
    ),
    (
        "ch02",
        "de",
        """⟦INSTITUTION:KESB Stadt Zürich⟧ – Entscheid vom ⟦DATE:03.12.2025⟧, Geschäfts-Nr. ⟦ID:KES-2025-04471⟧
Betroffene Person: ⟦PERSON:Dragica Ilić⟧, geb. ⟦DATE:14.5.1946⟧, ⟦INSTITUTION:Pflegezentrum Mattenhof⟧
Vertretungsbeistandschaft mit Vermögensverwaltung (Art. 394/395 ZGB); medizinische Massnahmen: Zustimmung durch Beistand lic. iur. ⟦PERSON:Reto Hänggi⟧ (⟦EMAIL:reto.haenggi@zuerich.ch⟧) zur PEG-Anlage unter Durchleuchtung.""",
        (
            "Entscheid",
            "Betroffene Person",
            "Vertretungsbeistandschaft",
            "Vermögensverwaltung",
            "Art. 394/395 ZGB",
            "PEG-Anlage",
            "Durchleuchtung",
        ),
    ),
    (
        "ch03",
        "de",
        """Memory Clinic ⟦INSTITUTION:Felix Platter⟧ | ⟦ADDRESS:Basel⟧ | Zuweisungsformular
Name/Vorname: ⟦PERSON:Bättig Werner⟧   Geb.-Dat.: ⟦DATE:02.09.1944⟧   Vers.-Karte: ⟦ID:80756 0000 4418 2207⟧
Angehörige/r: Ehefrau ⟦PERSON:Ruth Bättig⟧, ⟦PHONE:061 302 18 44⟧
Verdacht: frontotemporale Demenz (bvFTD) vs. Lewy-Body-Demenz; Parkinsonismus, visuelle Halluzinationen. DaT-SPECT? MRI mit Koronarschnitten (Hippocampus), FDG-PET.""",
        (
            "Zuweisungsformular",
            "frontotemporale Demenz",
            "bvFTD",
            "Lewy-Body-Demenz",
            "Parkinsonismus",
            "visuelle Halluzinationen",
            "DaT-SPECT",
            "FDG-PET",
        ),
    ),
    (
        "ch04",
        "de",
        """⟦INSTITUTION:Ostschweizer Kinderspital⟧ – Kinderradiologie – Befund ⟦DATE:8.1.2026⟧
Patient: ⟦PERSON:Noah Gschwend⟧, 4 J. 2 Mt., Pat.-Nr. ⟦ID:OKS-311027⟧
US Abdomen: Invagination ileokolisch (Target-Zeichen, Pseudokidney), Länge 4 cm, Perfusion erhalten. Hydrostatische Desinvagination unter US erfolgreich 15:50.
Mutter ⟦PERSON:Simone Gschwend⟧ informiert. OA ⟦PERSON:Fritsche⟧, Sucher ⟦PHONE:5231⟧""",
        (
            "Kinderradiologie",
            "4 J. 2 Mt.",
            "Invagination ileokolisch",
            "Target-Zeichen",
            "Pseudokidney",
            "Hydrostatische Desinvagination",
            "15:50",
        ),
    ),
    (
        "ch05",
        "de",
        """Rehaklinik ⟦INSTITUTION:Valens⟧, Standort ⟦INSTITUTION:Walenstadtberg⟧ – Neuro-Reha Verlaufsnotiz
Pat. ⟦PERSON:Silvano Calonder⟧ (Rätoromanisch), Eintritt ⟦DATE:1.12.25⟧
CT Schädel Verlauf: Hygrom re. frontal regredient, Z.n. Kraniektomie (Knochendeckel im Bauchfett), Midline Shift 0 mm.
FIM bei Eintritt 58. Nächstes Standortgespräch mit Tochter ⟦PERSON:Ladina Calonder⟧ am ⟦DATE:26. Januar⟧.""",
        (
            "Neuro-Reha",
            "Verlaufsnotiz",
            "Rätoromanisch",
            "Hygrom",
            "Kraniektomie",
            "Knochendeckel im Bauchfett",
            "Midline Shift 0 mm",
            "FIM",
            "Standortgespräch",
        ),
    ),
    (
        "ch06",
        "de",
        """Dialysestation ⟦INSTITUTION:KSW⟧ | Patientenliste Woche 3
Platz | Patient | Zugang | Bemerkung
1 | ⟦PERSON:Huber-Frei, Margrit⟧ | AV-Fistel li. | Angio-CT geplant
2 | ⟦PERSON:Thaqi, Arben⟧ | Permcath re. | Spitze in der V. cava superior? Rö
3 | ⟦PERSON:Maurer, Hansueli⟧ | PD | Peritonitis, CT Abdomen am ⟦DATE:20.1.⟧
Verantwortlich: Dr. ⟦PERSON:S. Baumgartner⟧, Tel. intern ⟦PHONE:2 43 55⟧""",
        (
            "Dialysestation",
            "Patientenliste",
            "AV-Fistel",
            "Angio-CT",
            "Permcath",
            "V. cava superior",
            "Peritonitis",
            "Woche 3",
        ),
    ),
    (
        "ch07",
        "de",
        """Hausarztpraxis ⟦INSTITUTION:Gesundheitszentrum Unterengadin⟧ – Praxis ⟦ADDRESS:Scuol⟧ | Tel. ⟦PHONE:081 861 10 00⟧
Zuweisung Radiologie ⟦INSTITUTION:Kantonsspital Graubünden⟧: Herr ⟦PERSON:Men Janett⟧, ⟦AGE:97⟧-jährig, Bauer
Seit Herbst progrediente Dysphagie, Gewichtsverlust 6 kg. Zenker-Divertikel? Bitte Ösophagus-Breischluck. Angehörige sprechen Vallader; Ansprechperson Nichte ⟦PERSON:Curdina Bezzola⟧.""",
        (
            "Hausarztpraxis",
            "Bauer",
            "Dysphagie",
            "Gewichtsverlust 6 kg",
            "Zenker-Divertikel",
            "Ösophagus-Breischluck",
            "Vallader",
            "Herbst",
        ),
    ),
    (
        "ch08",
        "de",
        """Psychiatrische Dienste ⟦INSTITUTION:PDAG⟧ – Fürsorgerische Unterbringung (FU) gemäss Art. 426 ZGB
Pat.: ⟦PERSON:Kevin Nüesch⟧, 24 J., eingewiesen durch Notfallarzt Dr. ⟦PERSON:Mirko Tanner⟧ am ⟦DATE:05.01.2026⟧
MRI Schädel bei erster psychotischer Episode: unauffällig, keine Hinweise für Enzephalitis (Anti-NMDA-Rezeptor?). Tanner-Stadium nicht relevant. FU-Entscheid an Beistand.""",
        (
            "Fürsorgerische Unterbringung",
            "Art. 426 ZGB",
            "24 J.",
            "Notfallarzt",
            "psychotischer Episode",
            "Enzephalitis",
            "Anti-NMDA-Rezeptor",
            "Tanner-Stadium",
        ),
    ),
    (
        "ch09",
        "fr",
        """⟦INSTITUTION:EMS La Résidence des Tilleuls⟧, ⟦ADDRESS:ch. des Tilleuls 7, 1618 Châtel-St-Denis⟧
Demande de transport: Mme ⟦PERSON:Yvonne Grandjean-Pittet⟧, née le ⟦DATE:30 avril 1932⟧, vers le ⟦INSTITUTION:HFR Riaz⟧ pour radiographie du bassin (chute ce matin, raccourcissement et rotation externe MI gauche).
Transport couché, ambulance. Curatrice: Mme ⟦PERSON:Isabelle Monney⟧, ⟦PHONE:026 919 63 20⟧""",
        (
            "Demande de transport",
            "radiographie du bassin",
            "chute ce matin",
            "raccourcissement et rotation externe",
            "Transport couché",
            "Curatrice",
        ),
    ),
    (
        "ch10",
        "fr",
        """⟦INSTITUTION:Centre de transplantation d'organes (CTO), CHUV⟧ – Suivi greffe hépatique
Patient: ⟦PERSON:Abdoulaye Diop⟧, n° SOAS ⟦ID:CH-L-2021-0544⟧, greffé le ⟦DATE:17.03.2021⟧
Écho-Doppler: artère hépatique IR 0,62, pas de sténose anastomotique, veines sus-hépatiques perméables. Cholangio-IRM proposée (sténose biliaire ?). Tacrolimus.
Copie: Dr ⟦PERSON:Morel⟧, ⟦INSTITUTION:Cabinet médical de la Broye⟧, ⟦ADDRESS:Payerne⟧""",
        (
            "Suivi greffe hépatique",
            "Écho-Doppler",
            "artère hépatique",
            "IR 0,62",
            "sténose anastomotique",
            "veines sus-hépatiques",
            "Cholangio-IRM",
            "Tacrolimus",
        ),
    ),
    (
        "ch11",
        "fr",
        """Service de gériatrie – ⟦INSTITUTION:Hôpital des Trois-Chêne⟧ (⟦INSTITUTION:HUG⟧)
Requête scanner cérébral: M. ⟦PERSON:Gérard Mottier⟧, ⟦AGE:101⟧ ans, chute avec TC, sous Rivaroxaban. Score de Glasgow 14.
Personne de contact: sa fille Mme ⟦PERSON:Claire Mottier-Sauthier⟧, ⟦PHONE:+41 79 412 33 90⟧. Médecin traitant: Dr ⟦PERSON:Nadia Benali⟧, ⟦ADDRESS:rue de Chêne-Bougeries 12, 1224 Chêne-Bougeries⟧.""",
        (
            "Service de gériatrie",
            "Requête scanner cérébral",
            "chute avec TC",
            "Rivaroxaban",
            "Score de Glasgow 14",
            "Personne de contact",
            "Médecin traitant",
        ),
    ),
    (
        "ch12",
        "fr",
        """Portail patient – message du ⟦DATE:lundi 5 janvier 2026⟧
Bonjour, je suis ⟦PERSON:Léa Rochat⟧, étudiante, envoyée par le Service de santé de l'⟦INSTITUTION:UNIL⟧. On m'a fait une IRM du genou (lésion de Hoffa ? plica ?) à ⟦INSTITUTION:Imagerie du Flon⟧. Puis-je recevoir les images sur CD ? Mon n° AVS: ⟦ID:756.9912.0451.37⟧.
⟦PHONE:078 640 12 77⟧""",
        ("Portail patient", "étudiante", "Service de santé", "IRM du genou", "Hoffa", "plica", "images sur CD"),
    ),
    (
        "ch13",
        "it",
        """⟦INSTITUTION:Ente Ospedaliero Cantonale⟧ – ⟦INSTITUTION:Ospedale Regionale di Mendrisio Beata Vergine⟧ – Servizio di radiologia
Paziente: ⟦PERSON:Cattaneo Pierina⟧, nata il ⟦DATE:12 gennaio 1935⟧, domiciliata a ⟦ADDRESS:Stabio⟧
TC encefalo senza mdc: atrofia cortico-sottocorticale, leucoencefalopatia vascolare (Fazekas 3), esiti lacunari nei nuclei della base. Nessun sanguinamento.
Referto a Dr.ssa ⟦PERSON:Lucia Bernasconi⟧, medico di famiglia.""",
        (
            "Servizio di radiologia",
            "TC encefalo senza mdc",
            "atrofia cortico-sottocorticale",
            "leucoencefalopatia vascolare",
            "Fazekas 3",
            "esiti lacunari",
            "nuclei della base",
            "medico di famiglia",
        ),
    ),
    (
        "ch14",
        "it",
        """Cure palliative – ⟦INSTITUTION:Hospice Ticino⟧ – Consegna telefonica ⟦DATE:10.01.2026⟧ ore 19:20
Sig. ⟦PERSON:Renzo Pedrazzini⟧ (⟦AGE:90⟧ anni), carcinoma prostatico metastatico, dolore lombare; RM colonna del ⟦DATE:dicembre 2025⟧: compressione midollare D11 (Bilsky 2). Radioterapia palliativa da valutare con Dr. ⟦PERSON:Fumagalli⟧ (⟦INSTITUTION:IOSI⟧). Moglie ⟦PERSON:Ester⟧ informata, tel. ⟦PHONE:091 825 44 18⟧.""",
        (
            "Cure palliative",
            "Consegna telefonica",
            "ore 19:20",
            "carcinoma prostatico metastatico",
            "RM colonna",
            "compressione midollare",
            "D11",
            "Bilsky 2",
            "Radioterapia palliativa",
        ),
    ),
    (
        "ch15",
        "it",
        """Neonatologia – ⟦INSTITUTION:Istituto Pediatrico della Svizzera Italiana⟧ (IPSI), ⟦INSTITUTION:Ospedale San Giovanni Bellinzona⟧
Neonato ⟦PERSON:Bianchi-Rezzonico⟧ (gemello I), nato ⟦DATE:02/01/2026⟧, 34+1 sett., Apgar 7/9/9
Ecografia transfontanellare: nessuna emorragia intraventricolare, plessi coroidei regolari. Rx torace: malattia delle membrane ialine grado I.
Padre: ⟦PERSON:Davide Bianchi⟧, cell. ⟦PHONE:076 311 20 58⟧""",
        (
            "Neonatologia",
            "gemello I",
            "34+1 sett.",
            "Apgar 7/9/9",
            "Ecografia transfontanellare",
            "emorragia intraventricolare",
            "plessi coroidei",
            "membrane ialine",
        ),
    ),
    (
        "ch16",
        "it",
        """Clinica di riabilitazione ⟦INSTITUTION:Hildebrand⟧, ⟦ADDRESS:Brissago⟧ – Lettera di dimissione
Paziente: ⟦PERSON:Galli, Ornella⟧, n. caso ⟦ID:HB-25-1187⟧, degenza ⟦DATE:1.12.⟧–⟦DATE:19.12.2025⟧
Rx anca dx: protesi totale (Zweymüller) in sede, nessuna mobilizzazione, ossificazioni eterotopiche Brooker I. Carico completo con deambulatore.
Assistenza a domicilio: ⟦INSTITUTION:ALVAD⟧ (Spitex del Locarnese); figlio ⟦PERSON:Marco Galli⟧, ⟦EMAIL:m.galli@bluewin.ch⟧""",
        (
            "Lettera di dimissione",
            "protesi totale",
            "Zweymüller",
            "ossificazioni eterotopiche",
            "Brooker I",
            "Carico completo",
            "deambulatore",
            "Assistenza a domicilio",
        ),
    ),
    (
        "uk01",
        "en",
        """⟦INSTITUTION:Ysbyty Gwynedd⟧ – Radiology Dept – Referral (Care of the Elderly)
Patient: ⟦PERSON:Gwilym ap Rhys⟧   NHS No: ⟦ID:612 448 9031⟧   DOB: ⟦DATE:02/03/1934⟧
Address: ⟦ADDRESS:Tŷ Newydd, Lôn Glan Môr, Abersoch, LL53 7DP⟧
Q: Frailty, two falls this month. CT head ?subdural. On edoxaban. Clinical Frailty Scale 6. Speaks Welsh; daughter ⟦PERSON:Eleri Rhys-Jones⟧ will attend (mob ⟦PHONE:07700 914 228⟧).
Referrer: Dr ⟦PERSON:Siân Pritchard⟧, ⟦INSTITUTION:Meddygfa Pen Llŷn⟧""",
        (
            "Care of the Elderly",
            "Frailty",
            "CT head",
            "?subdural",
            "edoxaban",
            "Clinical Frailty Scale 6",
            "Speaks Welsh",
        ),
    ),
    (
        "uk02",
        "en",
        """⟦INSTITUTION:NHS Highland⟧ – ⟦INSTITUTION:Belford Hospital, Fort William⟧
CHI: ⟦ID:1507419836⟧  ⟦PERSON:MACLEOD, Eilidh Morag⟧  ⟦DATE:15-Jul-1941⟧
XR Left hip & pelvis (community hospital referral via SAS). Fracture of the left neck of femur, Garden IV; Shenton's line disrupted. For transfer to ⟦INSTITUTION:Raigmore⟧ orthopaedics – discussed with on-call registrar Dr ⟦PERSON:Ruaridh Fraser⟧ at 16:05.""",
        (
            "community hospital",
            "SAS",
            "neck of femur",
            "Garden IV",
            "Shenton's line",
            "orthopaedics",
            "on-call registrar",
            "16:05",
        ),
    ),
    (
        "uk03",
        "en",
        """Coroner's referral – request for post-mortem CT
Deceased: ⟦PERSON:Patrick Joseph Ó Súilleabháin⟧, aged ⟦AGE:98⟧, of ⟦ADDRESS:14 Clonliffe Terrace, Derry BT48 7LP⟧
Found at home ⟦DATE:3rd January 2026⟧. Last seen by GP Dr ⟦PERSON:Aoife Ní Bhriain⟧ (⟦INSTITUTION:Shantallow Health Centre⟧) on ⟦DATE:18 December⟧. History of COPD and Paget's disease of bone.
Coroner's officer: DC ⟦PERSON:Gareth Lundy⟧, ⟦PHONE:028 9025 9167⟧, ref ⟦ID:CO/26/00113⟧""",
        (
            "Coroner's referral",
            "post-mortem CT",
            "Found at home",
            "COPD",
            "Paget's disease of bone",
            "Coroner's officer",
        ),
    ),
    (
        "uk04",
        "en",
        """FAX – ⟦INSTITUTION:St Kentigern Hospice⟧, ⟦ADDRESS:Upper Denbigh Rd, St Asaph LL17 0RS⟧ – Fax ⟦PHONE:01745 585 221⟧
To: Imaging, ⟦INSTITUTION:Glan Clwyd⟧ – urgent MRI whole spine ?MSCC
Re: Mr ⟦PERSON:Dafydd Llewelyn Owen⟧, DOB ⟦DATE:19.11.1948⟧, known myeloma. New leg weakness since ⟦DATE:Thursday 8th⟧, sphincters intact.
Please phone hospice ward (ext ⟦PHONE:2204⟧) with result. DNACPR in place. Pages: 1 of 1""",
        (
            "urgent MRI whole spine",
            "?MSCC",
            "myeloma",
            "New leg weakness",
            "sphincters intact",
            "hospice ward",
            "DNACPR",
            "Pages: 1 of 1",
        ),
    ),
    (
        "uk05",
        "en",
        """Text reminder from ⟦INSTITUTION:Hywel Dda UHB⟧: Hi ⟦PERSON:Cerys⟧, your ultrasound (abdomen) is on ⟦DATE:Wed 21 Jan⟧ at 10:40, ⟦INSTITUTION:Prince Philip Hospital, Llanelli⟧, Radiology Dept. Please fast 6 hrs. Reply Y to confirm or call ⟦PHONE:0300 303 8322⟧. Ref ⟦ID:RX2231874⟧. Do not reply with personal info.""",
        ("Text reminder", "ultrasound (abdomen)", "10:40", "Radiology Dept", "fast 6 hrs", "Reply Y to confirm"),
    ),
    (
        "uk06",
        "en",
        """University Student Health Service – ⟦INSTITUTION:Mayfield Medical Practice⟧, ⟦ADDRESS:Edinburgh⟧
Referral for MRI right knee: ⟦PERSON:Oluwaseun Adeyemi-Clarke⟧, 20, CHI ⟦ID:0302056418⟧, matric. no. ⟦ID:s2317764⟧
Shinty injury, twisting, effusion, positive Lachman, ?ACL tear, ?bucket-handle meniscal tear. Please send result to ⟦EMAIL:studenthealth.mayfield@nhs.scot⟧.""",
        (
            "Student Health Service",
            "MRI right knee",
            "Shinty injury",
            "effusion",
            "Lachman",
            "?ACL tear",
            "bucket-handle",
        ),
    ),
    (
        "uk07",
        "en",
        """Renal Transplant Unit, ⟦INSTITUTION:Freeman Hospital⟧ – Doppler transplant kidney
⟦PERSON:HENDERSON-OKAFOR, Grace⟧ | MRN ⟦ID:F4471203⟧ | ⟦DATE:1978-04-30⟧ | Ward 23
LDKT ⟦DATE:05/01/2026⟧ (donor: brother ⟦PERSON:Kelechi Okafor⟧). Graft RIF 11.2 cm, RI 0.68-0.72, no hydronephrosis, small perigraft collection 24 x 18 mm (?lymphocele, ?haematoma).
Reported by Dr ⟦PERSON:J. Armstrong⟧, bleep ⟦PHONE:1678⟧""",
        (
            "Renal Transplant Unit",
            "Doppler transplant kidney",
            "Ward 23",
            "LDKT",
            "Graft RIF",
            "hydronephrosis",
            "perigraft collection",
            "?lymphocele",
        ),
    ),
    (
        "uk08",
        "en",
        """Op COURAGE – Veterans' Mental Health and Wellbeing Service | ⟦INSTITUTION:Combat Stress⟧ liaison
Veteran: Sgt (retd) ⟦PERSON:Craig McAllister⟧, service no. ⟦ID:24786315⟧, DOB ⟦DATE:11/09/1979⟧
MRI brain requested by Dr ⟦PERSON:Imran Qureshi⟧ (⟦INSTITUTION:Leuchars Medical Centre⟧): blast TBI 2009 Helmand, PTSD, headaches. Findings: few punctate T2/FLAIR foci subcortically, no microhaemorrhage on SWI.""",
        (
            "Op COURAGE",
            "Veterans' Mental Health",
            "blast TBI 2009",
            "Helmand",
            "PTSD",
            "T2/FLAIR",
            "microhaemorrhage",
            "SWI",
        ),
    ),
    (
        "uk09",
        "en",
        """Lasting Power of Attorney (Health & Welfare) – copy received ⟦DATE:9/1/26⟧
Donor: ⟦PERSON:Margaret Agnes Thwaite⟧, ⟦INSTITUTION:Beechcroft Care Home⟧, ⟦ADDRESS:Kendal LA9 5BX⟧
Attorneys: ⟦PERSON:Susan Thwaite⟧ (daughter) and Revd. ⟦PERSON:Andrew Pugh⟧ acting jointly. OPG ref ⟦ID:7000-4418-2290⟧.
Attorney consents to barium swallow / VFS (speech & language therapy request); MCA assessment on file. IDDSI level 4.""",
        (
            "Lasting Power of Attorney",
            "acting jointly",
            "barium swallow",
            "VFS",
            "speech & language therapy",
            "MCA assessment",
            "IDDSI level 4",
        ),
    ),
    (
        "uk10",
        "en",
        """NICU – ⟦INSTITUTION:Royal Jubilee Maternity Service – Belfast⟧
Baby ⟦PERSON:O'Neill⟧ twin II, NHS ⟦ID:712 0094 556⟧, born ⟦DATE:31/12/2025⟧ at 26+5/40, BW 780 g
Cranial US day 7: bilateral GMH-IVH grade II (Papile), no PVL. Chest XR: ETT 1 cm above carina, UVC tip at T9, UAC tip T8. Mum ⟦PERSON:Róisín⟧ and dad ⟦PERSON:Ciarán McGuigan⟧ updated by Dr ⟦PERSON:Niamh Kelly⟧.""",
        (
            "NICU",
            "twin II",
            "26+5/40",
            "Cranial US day 7",
            "GMH-IVH grade II",
            "Papile",
            "ETT",
            "carina",
            "UVC tip at T9",
        ),
    ),
    (
        "uk11",
        "en",
        """⟦INSTITUTION:Penrith Community Hospital⟧ – Minor Injuries Unit – page 2 of 2   ⟦PERSON:Atkinson, Joan⟧   NHS ⟦ID:118 442 7719⟧
XR wrist: dorsally angulated distal radius fracture (Colles type), ulnar styloid avulsion. For MUA under haematoma block.
Next of kin: husband ⟦PERSON:Bill⟧ (⟦PHONE:01768 862 519⟧). GP: ⟦INSTITUTION:Birbeck Medical Group⟧. Discussed with ⟦INSTITUTION:Cumberland Infirmary⟧ fracture clinic.""",
        (
            "Minor Injuries Unit",
            "page 2 of 2",
            "distal radius fracture",
            "Colles type",
            "ulnar styloid",
            "haematoma block",
            "fracture clinic",
            "Next of kin",
        ),
    ),
    (
        "uk12",
        "en",
        """From: ⟦PERSON:Morag Anderson⟧ <⟦EMAIL:morag.anderson3@nhs.scot⟧>
Sent: ⟦DATE:12 January 2026⟧ 08:14
Subject: RE: Dialysis pt Mr ⟦PERSON:Kwame Asante⟧ – fistulogram
Hi all, CT fistulogram booked ⟦DATE:Tues 20th⟧, ⟦INSTITUTION:QEUH⟧ IR suite. Stenosis juxta-anastomotic per Doppler. Please hold heparin on the morning.
⟦PERSON:Morag⟧ | Renal Access Nurse | Renal Unit, ⟦INSTITUTION:Inverclyde Royal⟧ | ext. ⟦PHONE:45612⟧""",
        ("CT fistulogram", "IR suite", "juxta-anastomotic", "Doppler", "hold heparin", "Renal Access Nurse"),
    ),
    (
        "uk13",
        "en",
        """Memory Assessment Service – ⟦INSTITUTION:Tees, Esk and Wear Valleys⟧ – Appointment letter
Dear Mr ⟦PERSON:Ranjit Singh Dhillon⟧, ⟦ADDRESS:27 Westgate Road, Darlington DL3 6RJ⟧
Your CT head (dementia protocol) is booked for ⟦DATE:Monday 26 January 2026⟧ at 11:15 at ⟦INSTITUTION:Darlington Memorial⟧, X-ray reception. An interpreter (Punjabi) has been arranged. Hosp no ⟦ID:D0734521⟧.""",
        (
            "Memory Assessment Service",
            "Appointment letter",
            "CT head (dementia protocol)",
            "11:15",
            "X-ray reception",
            "interpreter (Punjabi)",
        ),
    ),
    (
        "uk14",
        "en",
        """PACS import log – outside study
Source AE: ⟦INSTITUTION:UHW_CARDIFF⟧  Accession: ⟦ID:CRD26011402⟧  Patient: ⟦PERSON:EVANS^MEGAN^BETHAN⟧  ⟦DATE:19520618⟧
Study: MR LUMBAR SPINE (Sag T1, Sag T2, Ax T2, STIR) – imported for spinal MDT. Discal extrusion L4/5 with Modic type 1 change, cauda equina compression excluded.
Imported by: ⟦PERSON:gthomas7⟧ at 14:22""",
        (
            "PACS import log",
            "outside study",
            "MR LUMBAR SPINE",
            "Sag T1",
            "STIR",
            "Modic type 1",
            "cauda equina",
            "14:22",
        ),
    ),
    (
        "uk15",
        "en",
        """Palliative Care MDT – ⟦DATE:Fri 9 Jan⟧ – attendees: Dr ⟦PERSON:F. Campbell⟧ (chair), ⟦PERSON:Kirsty Burns⟧ (CNS), Dr ⟦PERSON:Mhairi Docherty⟧ (radiology), ⟦PERSON:Tom Baillie⟧ (SW)
1. ⟦PERSON:Lawson, Isobel⟧ (⟦AGE:92⟧), CHI ⟦ID:0806334415⟧: CT – progression, liver mets, Budd-Chiari not excluded. Plan: best supportive care, fast-track CHC, PPC home (⟦ADDRESS:Kirkintilloch⟧).
cc: ⟦INSTITUTION:Hillhead Surgery⟧""",
        (
            "Palliative Care MDT",
            "(chair)",
            "(CNS)",
            "(radiology)",
            "liver mets",
            "Budd-Chiari",
            "best supportive care",
            "fast-track CHC",
        ),
    ),
    (
        "uk16",
        "en",
        """Discharge summary – ⟦INSTITUTION:Plas Menai Rehab⟧ (stroke rehabilitation)
⟦PERSON:Hughes, Catrin Angharad⟧ – Hospital No. ⟦ID:W0993412⟧ – Admitted ⟦DATE:17/11/2025⟧, discharged ⟦DATE:06/01/2026⟧
Imaging: CT angiogram – left MCA occlusion (M1) post thrombectomy TICI 2b; MRI: ASPECTS 7, Wallerian degeneration of the corticospinal tract. Barthel 14/20; modified Rankin 3.
Community neuro team, ⟦ADDRESS:Caernarfon⟧""",
        (
            "stroke rehabilitation",
            "CT angiogram",
            "left MCA occlusion",
            "M1",
            "TICI 2b",
            "ASPECTS 7",
            "Wallerian degeneration",
            "Barthel 14/20",
            "modified Rankin 3",
        ),
    ),
    (
        "us01",
        "en",
        """⟦INSTITUTION:VA Black Hills Health Care System⟧ – ⟦INSTITUTION:Hot Springs CBOC⟧ – Radiology Consult
Veteran: ⟦PERSON:LONGBRAKE, DARRELL W⟧   Last4: ⟦ID:4471⟧   DOB: ⟦DATE:04/22/1946⟧
Service-connected: Agent Orange exposure (Vietnam), COPD. Low-dose CT lung screening, Lung-RADS 4A, 11 mm RUL part-solid nodule. Recommend PET/CT.
Ordering: ⟦PERSON:HARJO, MELISSA R⟧ NP, ⟦PHONE:(605) 745-2000⟧ x⟦PHONE:2231⟧""",
        (
            "Service-connected",
            "Agent Orange",
            "Vietnam",
            "Low-dose CT lung screening",
            "Lung-RADS 4A",
            "RUL part-solid nodule",
            "PET/CT",
        ),
    ),
    (
        "us02",
        "en",
        """FAX COVER SHEET – ⟦INSTITUTION:Prairie View Critical Access Hospital⟧, ⟦ADDRESS:212 N Main St, Atwood, KS 67730⟧
To: ⟦INSTITUTION:Great Plains Teleradiology⟧   Fax: ⟦PHONE:785.626.3311⟧   Pages (incl. cover): 4
Re: ⟦PERSON:Elmer Schnathorst⟧, ⟦AGE:95⟧ y/o, portable CXR – ?aspiration pneumonia, NG tube placement.
CONFIDENTIALITY NOTICE: This facsimile contains protected health information under HIPAA. If received in error call ⟦PHONE:785-626-3211⟧.""",
        (
            "FAX COVER SHEET",
            "Pages (incl. cover): 4",
            "portable CXR",
            "?aspiration pneumonia",
            "NG tube placement",
            "CONFIDENTIALITY NOTICE",
            "HIPAA",
        ),
    ),
    (
        "us03",
        "en",
        """MyChart message – ⟦DATE:Jan 6, 2026⟧ 9:02 PM
From: ⟦PERSON:Dolores Featherstone⟧ (proxy for ⟦PERSON:Harold Featherstone⟧)
Hi Dr. ⟦PERSON:Vang⟧, Dad had the CT of his belly at ⟦INSTITUTION:St. Cloud Imaging⟧ last week. The portal says "Bosniak IIF cyst, follow-up 6 months". Is that cancer? He is 88 and lives with us at ⟦ADDRESS:1406 Birch Ln, Sartell, MN⟧. My cell is ⟦PHONE:320-555-0187⟧. Thanks, ⟦PERSON:Dolores⟧""",
        ("MyChart message", "proxy for", "CT of his belly", "Bosniak IIF cyst", "follow-up 6 months", "He is 88"),
    ),
    (
        "us04",
        "en",
        """⟦INSTITUTION:Maricopa County Office of the Medical Examiner⟧ – Autopsy/imaging request
Decedent: ⟦PERSON:Tran Van Hieu⟧ (Trần Văn Hiếu), ME case ⟦ID:ME26-00218⟧, DOD ⟦DATE:01/04/2026⟧
Pre-autopsy full-body CT requested; suspected elder abuse – look for healing rib fractures, classic metaphyseal lesions not applicable. Investigator: ⟦PERSON:R. Okonkwo⟧, ⟦PHONE:602-506-3322⟧, ⟦EMAIL:rokonkwo@maricopa.gov⟧""",
        (
            "Autopsy/imaging request",
            "Pre-autopsy full-body CT",
            "elder abuse",
            "healing rib fractures",
            "classic metaphyseal lesions",
        ),
    ),
    (
        "us05",
        "en",
        """Letters of Guardianship – ⟦INSTITUTION:Probate Court of Cuyahoga County⟧, Case No. ⟦ID:2025 GRD 281744⟧
Ward: ⟦PERSON:Beatrice Kowalski⟧; Guardian of the person: ⟦PERSON:Frank J. Nowicki⟧, Esq.
Guardian consents to CT-guided liver biopsy (segment VI) at ⟦INSTITUTION:MetroHealth⟧ on ⟦DATE:January 14, 2026⟧. POLST: DNR/Limited interventions. Contact guardian at ⟦PHONE:216.443.7800⟧ ext. ⟦PHONE:19⟧.""",
        (
            "Letters of Guardianship",
            "Guardian of the person",
            "CT-guided liver biopsy",
            "segment VI",
            "POLST",
            "DNR/Limited interventions",
        ),
    ),
    (
        "us06",
        "en",
        """Student Health Center – ⟦INSTITUTION:UC Davis⟧ – Imaging referral
Student: ⟦PERSON:Priya Venkataraman⟧, SID ⟦ID:918 442 071⟧, 19 y/o, rower
Low back pain 6 wks, ?pars defect. XR L-spine obliques: no Scottie dog collar sign. MRI L-spine without contrast, STIR for bone marrow edema at L5. Call ⟦PHONE:530-752-2349⟧ or portal ⟦URL:https://shcs.ucdavis.edu⟧.""",
        (
            "Student Health Center",
            "19 y/o",
            "rower",
            "?pars defect",
            "XR L-spine obliques",
            "Scottie dog",
            "STIR",
            "bone marrow edema",
            "L5",
        ),
    ),
    (
        "us07",
        "en",
        """⟦INSTITUTION:DaVita Lakeshore Dialysis⟧ | Transfer order to ⟦INSTITUTION:Froedtert⟧ ED
Pt: ⟦PERSON:Jerome Whitfield⟧, MRN ⟦ID:7738290⟧, HD T/Th/Sat via R IJ tunneled cath; fever 39.1 C, rigors on ⟦DATE:1/9⟧.
Ambulance BLS, Medicare MBI ⟦ID:1EG4-TE5-MK73⟧. Needs CXR and line cultures; ?catheter-related bacteremia. Charge RN ⟦PERSON:Tasha⟧ ⟦PHONE:414-555-0134⟧.""",
        (
            "Transfer order",
            "HD T/Th/Sat",
            "R IJ tunneled cath",
            "fever 39.1 C",
            "Ambulance BLS",
            "line cultures",
            "catheter-related bacteremia",
            "Charge RN",
        ),
    ),
    (
        "us08",
        "en",
        """NICU Radiology – ⟦INSTITUTION:Children's Mercy Kansas City⟧
Patient: Girl ⟦PERSON:Rodriguez-Baca⟧ (Twin A), MRN ⟦ID:CM8812044⟧, DOB ⟦DATE:12/29/2025⟧ 03:48, GA 25w4d
Babygram: ETT at T2, UVC at T8-9 junction, OGT in stomach. Diffuse granular opacities (RDS). No pneumatosis.
Mother: ⟦PERSON:Yesenia Baca⟧, ⟦PHONE:(816) 555-0142⟧. Neo fellow Dr. ⟦PERSON:Oyelaran⟧""",
        (
            "NICU Radiology",
            "Twin A",
            "GA 25w4d",
            "Babygram",
            "ETT at T2",
            "OGT in stomach",
            "granular opacities",
            "RDS",
            "03:48",
        ),
    ),
    (
        "us09",
        "en",
        """Memory Care referral – ⟦INSTITUTION:The Willows at Carmel Valley⟧ (assisted living), ⟦ADDRESS:8800 Willow Creek Dr, Carmel, CA 93923⟧
Resident: ⟦PERSON:Margarethe "Greta" Lindqvist⟧, ⟦AGE:99⟧, Rm 14B. CT head w/o contrast after unwitnessed fall: no acute bleed; chronic small vessel disease; NPH not favored (Evans index 0.28).
Family: son ⟦PERSON:Anders Lindqvist⟧, ⟦EMAIL:alindqvist@gmail.com⟧""",
        (
            "Memory Care",
            "assisted living",
            "Rm 14B",
            "CT head w/o contrast",
            "unwitnessed fall",
            "small vessel disease",
            "NPH",
            "Evans index 0.28",
        ),
    ),
    (
        "us10",
        "en",
        """Transplant Center – ⟦INSTITUTION:Mayo Clinic Arizona⟧ – Liver transplant evaluation CT
Candidate: ⟦PERSON:Nakai, Shandiin⟧ | UNOS ID ⟦ID:ATH4412⟧ | MELD-Na 27 | Milan criteria: within (2 lesions, largest 2.8 cm LI-RADS 5).
Portal vein patent, no TIPS. Celiac axis: Michels type I. Coordinator: ⟦PERSON:Brandon Yazzie⟧, RN, ⟦PHONE:480-342-0101⟧. Referring: IHS ⟦INSTITUTION:Chinle Comprehensive Health Care Facility⟧""",
        (
            "Liver transplant evaluation CT",
            "MELD-Na 27",
            "Milan criteria",
            "LI-RADS 5",
            "Portal vein patent",
            "TIPS",
            "Celiac axis",
            "Michels type I",
        ),
    ),
    (
        "us11",
        "en",
        """⟦INSTITUTION:Hospice of the Red River Valley⟧ – interdisciplinary note ⟦DATE:01/07/26⟧
Pt ⟦PERSON:Clarence "Bud" Haugen⟧, ⟦AGE:103⟧, CHF/ESRD declined dialysis. Family asks whether to do the outpatient US of the leg (?DVT) – team agrees comfort focus; no imaging. Chaplain Rev. ⟦PERSON:Ingrid Solberg⟧ visited; daughter-in-law ⟦PERSON:Kari⟧ is primary caregiver, ⟦PHONE:701.555.0119⟧.""",
        (
            "interdisciplinary note",
            "CHF/ESRD",
            "declined dialysis",
            "US of the leg",
            "?DVT",
            "comfort focus",
            "Chaplain",
            "primary caregiver",
        ),
    ),
    (
        "us12",
        "en",
        """ACC#|MRN|PT_NAME|DOB|MOD|PROC|LOC|ORD_PROV
⟦ID:A260112003⟧|⟦ID:00557812⟧|⟦PERSON:WASHINGTON,LOUELLA⟧|⟦DATE:07/30/1931⟧|CR|XR CHEST 1V PORT|SNF-2|⟦PERSON:PATEL,NIRAV⟧
⟦ID:A260112004⟧|⟦ID:00883140⟧|⟦PERSON:YAZZIE,TOMMY⟧|⟦DATE:11/02/1958⟧|US|US RENAL TRANSPLANT DOPPLER|TXP|⟦PERSON:ABERNATHY,K⟧
⟦ID:A260112005⟧|⟦ID:00120447⟧|⟦PERSON:NGUYEN,BAO⟧|⟦DATE:02/14/2024⟧|US|US HEAD INFANT|NICU|⟦PERSON:CHEN,LI⟧""",
        ("PT_NAME", "XR CHEST 1V PORT", "SNF-2", "US RENAL TRANSPLANT DOPPLER", "TXP", "US HEAD INFANT", "ORD_PROV"),
    ),
    (
        "us13",
        "en",
        """ADDENDUM (⟦DATE:1/12/2026⟧ 07:55): Outside films from ⟦INSTITUTION:Ozark Rural Health Clinic⟧ (⟦ADDRESS:Salem, MO⟧), dated ⟦DATE:March 2025⟧, were reviewed. The 9 mm lesion in the left femoral neck is unchanged; features of a fibrous cortical defect / non-ossifying fibroma (not a Brodie abscess). Discussed with Dr. ⟦PERSON:Harlan Beasley⟧ by phone.
Electronically signed: ⟦PERSON:Sheryl Amundsen⟧, MD""",
        (
            "ADDENDUM",
            "07:55",
            "Outside films",
            "9 mm lesion",
            "femoral neck",
            "fibrous cortical defect",
            "non-ossifying fibroma",
            "Brodie abscess",
            "Electronically signed",
        ),
    ),
    (
        "us14",
        "en",
        """Appointment reminder (text): ⟦INSTITUTION:Tri-County Pediatrics⟧: ⟦PERSON:Kayden⟧ has a VCUG at ⟦INSTITUTION:Nemours⟧ on ⟦DATE:Jan 22⟧ at 8:30 AM (arrive 8:00). No sedation. Bring insurance card (Medicaid ID ⟦ID:3001784226⟧). To cancel text STOP or call ⟦PHONE:302-555-0161⟧.""",
        ("Appointment reminder", "VCUG", "8:30 AM", "No sedation", "insurance card", "text STOP"),
    ),
    (
        "us15",
        "en",
        """Inpatient Rehab Facility – ⟦INSTITUTION:Shepherd Center⟧ – Weekly team conference
Patient: ⟦PERSON:Marcus DeShawn Tillman⟧, 31, C6 AIS A after MVC ⟦DATE:11/23/2025⟧. CT C-spine: s/p ACDF C5-7, hardware intact. Heterotopic ossification hips on XR, Brooker II. Spouse ⟦PERSON:Aaliyah Tillman⟧; case manager ⟦PERSON:Jen Kowalczyk⟧, ⟦PHONE:404-350-7345⟧ x⟦PHONE:5512⟧. FIM goals reviewed.""",
        (
            "Inpatient Rehab Facility",
            "Weekly team conference",
            "C6 AIS A",
            "MVC",
            "ACDF C5-7",
            "hardware intact",
            "Heterotopic ossification",
            "Brooker II",
        ),
    ),
    (
        "us16",
        "en",
        """cc: ⟦PERSON:Lucille Boudreaux⟧, MD – ⟦INSTITUTION:Acadiana Family Medicine⟧, ⟦ADDRESS:PO Box 1187, Opelousas, LA 70571⟧
      ⟦PERSON:Theophile Guidry⟧ (patient), Medicaid ID ⟦ID:LA4471028833⟧
      ⟦INSTITUTION:Ochsner Lafayette General⟧ Cancer Center tumor board ⟦DATE:1/15/26⟧
Impression: Ill-defined hypoattenuating pancreatic head mass with double duct sign; abuts SMV < 180°, resectable per NCCN. CA 19-9 pending.""",
        (
            "Impression:",
            "hypoattenuating pancreatic head mass",
            "double duct sign",
            "SMV",
            "resectable",
            "NCCN",
            "CA 19-9",
            "tumor board",
        ),
    ),
)

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
