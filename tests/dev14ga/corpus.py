# ruff: noqa: E501
"""DEV corpus of fix round 23b: identifier, phone, address and age misses and over-redaction (issue 14, deid-fix23b).

Written before reading this round's modules, from the classes of the misses of the RETIRED held-outs 33 and 34
(listed with tests/dev14ga/retired_misses.py; none of their strings is used here): 1. aliases of unidentified
patients (trauma / emergency aliases: placeholder words or phonetic-alphabet words with a running number, after
"Alias", "Aliasname", "alias", "registered under"); 2. identity documents of foreign origin and case numbers
after their cue words (passport / Reisepass, arrival papers, ARC, PPS, EHIC card, codice fiscale, custody no.,
policy "Police", accident numbers, badge, "SSN ending"); 3. phone numbers after "Rückruf" and "DW" in spaced
groups; 4. weekdays before a date are no PHI (outside the DATE span); 5. DICOM attribute dumps: the attribute
keywords and the text after a UID stay; 6. places of an accident or injury ("Skiunfall ... in Ort"). Look-alikes
that must stay: aliasing artefacts, trauma levels and rooms, "Police informed", "case 2 of 3", "ending in",
"Rückruf erfolgt", "DW-MRT", falls "in der Wohnung", injuries "in extension".

Markup as tests/curation/deid/text/corpus_de_en (weekdays and titles outside the spans).
Measured once, when written, with the code at the branch point (86a8c9b), no spaCy: see the docs section
"Report text: round 23b fixes (deid-fix23b)" in docs/deid.md.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- 1. aliases of unidentified patients ---
    _de("{{Schockraum}} 2, 03:15 Uhr | Alias [[ID:Unbekannt 5820]] | {{Polytrauma}}, {{CT}} {{Ganzkörper}}."),
    _de("Pat. unbekannt, männlich – Aliasname [[ID:Notfall 26/0561]], ca. 35 J., {{CT}} {{Schädel}} nativ."),
    _de("Schockraum-Alias [[ID:Trauma Kilo 4]] | {{Beckenfraktur}} {{Typ C}}."),
    _en("{{ED}} alias [[ID:Unknown Female Echo 9]] | arrived by {{HEMS}}; {{CT}} {{trauma series}}."),
    _en("Patient was registered under trauma alias [[ID:Tango Sierra]]; {{merged}} later with the {{MRN}}."),
    _fr("Patient non identifié, alias [[ID:Inconnu 2026-087]], {{scanner}} {{cérébral}} sans {{injection}}."),
    _it("Paziente ignoto, alias [[ID:Sconosciuto 31]], {{TC}} {{total body}}."),
    _en("Trauma activation, alias [[ID:Unknown Male Bravo 22]], {{FAST}} positive."),
    # look-alikes: aliasing, trauma levels, rooms
    _de("{{Aliasing-Artefakte}} in {{Phasenkodierrichtung}}, {{Schockraum 1}} belegt."),
    _en("{{Aliasing}} at a {{Nyquist limit}} of 40 cm/s; {{Trauma Level 1}} activation cancelled."),
    _en("{{Echo}} 9 days ago: {{EF}} 55 %; {{Delta sign}} absent."),
    _de("{{Raumforderung}} {{unbekannter}} {{Dignität}}, {{Alias}} nicht vergeben."),
    # --- 2. identity documents and case numbers after their cue words ---
    _de("Patient laut Reisepass [[ID:GK 739104]], {{Staatsangehöriger}} der Ukraine; {{MRT}} {{LWS}}."),
    _de("Registrierung laut Ankunftsnachweis [[ID:AKN 5521 3380 17]], {{Dolmetscher}} organisiert."),
    _en("Travel insurer case open; passport [[ID:P7LM2X4Q8]] (Austria), {{CT}} {{chest}}."),
    _en("Home Office ARC [[ID:UKB 219 557 41 8]] | {{CXR}}: no active {{TB}}."),
    _en("Irish PPS [[ID:8812207WA]], {{MRI}} {{lumbar spine}}."),
    _en("EHIC card [[ID:80276 00002 7719 3304]] checked at {{reception}}."),
    _en("Italian personal no. [[ID:BNCLRA81C55F205Z]], {{ultrasound}} {{abdomen}}."),
    _en("Detained person, custody no. [[ID:62/11935/26]], {{X-ray}} {{left hand}}."),
    _de("Reiseversicherung, Police [[ID:5540-1128-07]], {{Kostengutsprache}} folgt."),
    _de("Unfall-Nr. Suva [[ID:31.20975.25.1]], {{MRT}} {{Schulter}} rechts."),
    _en("Interpreter on site (badge [[ID:58213]]), {{consent}} obtained."),
    _en("Claimant SSN ending [[ID:4402]], {{radiographs}} of the {{knee}}."),
    _en("Repatriation by air ambulance, case [[ID:CAA/26/1047]], {{CT}} {{spine}}."),
    # look-alikes: cue words with clinical meaning
    _en("{{Police}} informed by the {{ED}}; {{passport photo}} not needed."),
    _en("This is {{case 2 of 3}} on the list; {{ending in}} a {{blind pouch}}."),
    _en("{{Custody suite}} nurse requested {{X-ray}}; {{badge reader}} at {{door 3}}."),
    _de("{{Polizei}} vor Ort, {{Unfallhergang}} unklar, {{Reisepass}} nicht vorhanden."),
    _en("{{EHIC card}} not available; {{ARC}} {{sign}} of the {{meniscus}} absent."),
    # --- 3. phones after Rückruf / DW ---
    _de("{{Subduralhämatom}} 5 mm, Rückruf [[PHONE:01 388 00 5127]]."),
    _de("{{Klinische Abteilung für Kardiologie}}, DW [[PHONE:40400 51230]]."),
    _de("{{Befund}} telefonisch durchgegeben, Rückruf unter [[PHONE:0316 385 12044]]."),
    # look-alikes
    _de("Rückruf erfolgt am [[DATE:12. März]], {{DW-MRT}} der {{Leber}} ergänzt."),
    _de("{{Rückruf}} durch {{Stationsarzt}}, {{DWI}} ohne {{Restriktion}}."),
    # --- 4. weekdays before a date ---
    _de("Gesendet: {{Montag}}, [[DATE:9. März 2026]] 12:03 An: {{Sekretariat}}"),
    _en("Sent: {{Wednesday}}, [[DATE:March 11, 2026]] 7:48 PM Subject: outside images"),
    _en("Lung {{MDT}} – {{Thursday}} [[DATE:19 March 2026]], 08:00, {{Seminar Room 2}}"),
    _it("{{Tumor board}} – {{mercoledì}} [[DATE:18 marzo 2026]], ore 13:00"),
    _fr("Envoyé : {{jeudi}} [[DATE:5 mars 2026]] 16:27 Objet : {{IRM}}"),
    _de("{{Tumorkonferenz}} {{Donnerstag}}, [[DATE:26.03.2026]], 15:30 Uhr, {{Raum 2.114}}"),
    _en("{{Breast MDT}} {{Tue}} [[DATE:17/03/2026]]: {{core biopsy}} {{B5a}}."),
    # --- 5. DICOM attribute dumps ---
    _de(
        "Header: (0010,0010) {{PatientName}} [[PERSON:HUBER^ANNA]]; (0010,0030) {{PatientBirthDate}} [[DATE:19610715]]; "
        "(0008,0090) {{ReferringPhysicianName}} [[PERSON:MAIER^PAUL]]; (0020,000D) {{StudyInstanceUID}} "
        "[[ID:1.2.40.0.13.1.5512.20260311.44102]]. {{Inhalt}}: {{CT Thorax}}, {{318 Bilder}}, {{Serie 4}} {{arteriell}} 1 mm."
    ),
    _en(
        "Import log: (0008,0080) {{InstitutionName}} [[INSTITUTION:RIVERSIDE IMAGING]]; (0020,000D) {{StudyInstanceUID}} "
        "[[ID:1.2.826.0.1.3680043.2.1125.44019]]. Content: {{MRI brain}}, {{240 images}}."
    ),
    # --- 6. places of an accident or injury ---
    _de("{{Skiunfall}} am [[DATE:3. Februar]] in [[ADDRESS:Ischgl]]. {{MRT}} {{Knie}}: {{VKB-Ruptur}}."),
    _de("{{Snowboardsturz}} in [[ADDRESS:Saalbach]], {{distale Radiusfraktur}}."),
    _en("{{Injury}} [[DATE:2nd August 2025]] in [[ADDRESS:Alicante]]; {{CT}} {{cervical spine}}."),
    _de("{{Verkehrsunfall}} am [[DATE:12.05.2025]] in [[ADDRESS:Bochum-Wattenscheid]], {{CT}} {{Thorax}}."),
    # look-alikes
    _de("{{Sturz}} in der Wohnung, {{Schenkelhalsfraktur}} rechts."),
    _en("{{Injury}} in extension; {{radiographs}} in {{two planes}}."),
    _de("{{Skiunfall}} in {{Rückenlage}}, {{Snowboardsturz}} in 2019 ohne {{Fraktur}}."),
)
