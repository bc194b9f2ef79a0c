# ruff: noqa: E501
"""DEV corpus of round 18c: IDs, dates and ages, persons with a role or form prefix, sport-accident places,
keep-terms (issue 14, deid-r18c).

Written before reading this round's code and without opening a held-out set, from the classes the lead named
(counts only, new strings): screening / programme IDs of letters and spaced digit groups, ambulance and crew call
signs, assessor / file / register numbers with letter prefixes, slashes and dots, Austrian sector-specific person
identifiers (bPK), phone-extension-only brackets; US short dates without a year in prose, Italian ordinal first of
the month, letter place-and-date lines (the town is ADDRESS), Italian / French / German ages over 89; persons
after a role noun or a form label (with an initial), "Ms." before multi-part names, a surname in a shift handover;
an accident place after a sport word. Keep look-alikes: calendar-week headers, public free-phone service numbers,
anatomy after fracture words, eponym classifications joined by a slash, fractions and ratios ("2/3 des Lumens"),
vertebral levels, series / image references, ages up to 89, a role noun in prose without a name.

Markup as tests/curation/deid/text/corpus_de_en.
Measured once, when written, with the code at the branch point (d63ce27), no spaCy (55 excerpts: de 31, en 13,
it 8, fr 3; 51 PHI spans: ID 12, DATE 12, PERSON 12, ADDRESS 8, AGE 5, PHONE 2; 119 keep-terms): tagger on and off
alike, recall all 0.510 (ID 2/12, DATE 7/12, PERSON 11/12, ADDRESS 0/8, AGE 5/5, PHONE 1/2), keep 0.975 (116/119:
"KW 3/2026" shifted as a date, two 0800 service lines redacted as phones), false hits 4 of 35 spans (11.4 %).
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- IDs ---
    _de("Mammographie-Screening, Screening-Nr.: [[ID:KL-MN 4471 2290]]; {{BI-RADS 2}} beidseits."),
    _de("Einladung Früherkennungsprogramm, Teilnehmer-ID [[ID:BS-TR 0093 5512 7]]; {{Tomosynthese}} unauffällig."),
    _en("Bowel screening ID [[ID:NH-SC 7720 1184]]; {{CT colonography}}: {{sessile polyp}} 7 mm."),
    _de("Zuweisung durch NEF [[ID:FL-NE 3/82-1]], Übergabe im Schockraum; {{CT}} {{Polytrauma}}."),
    _de("Transport mit RTW [[ID:KU-RK 1/83-2]] nach Sturz; {{Röntgen}} {{Handgelenk}}."),
    _en("Brought in by HEMS crew [[ID:4471]], {{GCS}} 13; {{CT head}}: {{subdural haematoma}}."),
    _de("Gutachten-Nr. [[ID:VG-GA 12/448812]] für die Rentenversicherung; {{MRT}} {{LWS}}."),
    _de("Aktenzahl [[ID:BHW-S 14-22/2025]], Unfallhergang lt. Polizei; {{CT}} {{HWS}}: {{Densfraktur}} {{Typ II}}."),
    _de("Abrechnung: ZSR-Nr. [[ID:R 4471.22]], {{MRI}} {{Schulter}}: {{SLAP-Läsion}}."),
    _fr("Dossier AI [[ID:612.448.03]] ; {{IRM}} {{lombaire}} : {{hernie discale}} L5-S1."),
    _de("bPK [[ID:GH:Qm9zY2hMa0x4b2pLa0E9PQ==]] laut ELGA-Abfrage; {{CT}} {{Thorax}}."),
    _de("Rückfragen an das Sekretariat [[PHONE:(-4418)]] bzw. an den Dienstarzt."),
    _de("Für Befundrückfragen bitte Durchwahl [[PHONE:-2290]] wählen."),
    _it("Pratica INAIL n. [[ID:RM-PR 44/2025-0113]], {{TC}} {{polso}}: {{frattura dello scafoide}}."),
    # --- dates and ages ---
    _en("Compared with the {{CT}} from [[DATE:3/14]], the {{nodule}} is unchanged."),
    _en("Follow-up {{MRI}} on [[DATE:11/2]] showed resolution; seen in clinic [[DATE:11/9]] at 14:20."),
    _en("{{CTA chest}} [[DATE:4/27]]: no {{pulmonary embolism}}."),
    _en("Discussed with the patient [[DATE:12/1]] at 08:15; {{Lung-RADS 3}}."),
    _it("Controllo eseguito il [[DATE:1° aprile 2025]]; {{RM}} {{encefalo}} invariata."),
    _it("Ricovero dal [[DATE:1º dicembre 2024]] al [[DATE:4 dicembre 2024]]; {{TC}} {{addome}}."),
    _it("[[ADDRESS:Bellinzona]], [[DATE:12 marzo 2025]]\nEgregio collega, la paziente di anni [[AGE:93]] presenta {{frattura del femore}}."),
    _fr("[[ADDRESS:Sion]], le [[DATE:4 juin 2025]]\nCher confrère, patiente âgée de [[AGE:91]] ans, {{fracture}} du {{col fémoral}}."),
    _de("[[ADDRESS:Feldkirch]], am [[DATE:9. Mai 2025]]\nSehr geehrte Frau Kollegin, die [[AGE:94]]-jährige Patientin ..."),
    _en("[[ADDRESS:Harrogate]], [[DATE:2 July 2025]]\nDear Dr [[PERSON:Oyelaran]], this [[AGE:96]]-year-old man ..."),
    _it("Paziente di anni [[AGE:90]], caduta accidentale; {{Rx}} {{bacino}}."),
    _it("Uomo, anni 78, {{TC}} {{torace}}: {{enfisema}}."),
    # --- persons with a role or form prefix ---
    _de("Pflegedienstleitung [[PERSON:Katrin Oberholzer]] informiert; {{Dekubitus}} {{sakral}}."),
    _de("Triagepflege [[PERSON:Marco Zünd]], Einstufung {{ESI 2}}; {{CT}} {{Schädel}}."),
    _de("Stationsleitung: [[PERSON:B. Lechner]]; Aufnahme zur {{Angiographie}}."),
    _de("Case Management: [[PERSON:S. Pfister]], Verlegung in die Reha geplant."),
    _en("Charge nurse [[PERSON:Priya Raman]] reported the fall; {{X-ray}} {{hip}}."),
    _en("Ms. [[PERSON:Nguyen Thi Thu Ha]] presented with cough; {{CXR}}: {{consolidation}} RLL."),
    _en("Ms. [[PERSON:Tran Van Anh]], {{CT}} {{abdomen}}: {{appendicitis}}."),
    _de("Übergabe Nacht: [[PERSON:Hürlimann]] Zi 12 zur Verlegung auf die IMC, {{CT}} morgen."),
    _de("Übergabe: [[PERSON:Bachmann]] Zi. 4 nüchtern für {{ERCP}}."),
    _fr("Infirmière cheffe : [[PERSON:L. Rochat]] ; {{radiographie}} {{thorax}} au lit."),
    _it("Caposala [[PERSON:Giulia Ferretti]] avvisata; {{Rx}} {{torace}} a letto."),
    # --- accident places ---
    _de("Skiunfall [[ADDRESS:Hahnenkamm-Streif]], {{Röntgen}} {{Knie}}: {{Tibiakopffraktur}}."),
    _de("Snowboardsturz auf der [[ADDRESS:Lauberhornabfahrt]], {{CT}} {{LWS}}."),
    _de("Rodelunfall [[ADDRESS:Gamsalm]]; {{Röntgen}} {{Unterschenkel}}: {{Spiralfraktur}}."),
    _it("Incidente di sci sulla pista [[ADDRESS:Sasslong]], {{TC}} {{ginocchio}}."),
    # --- keep look-alikes ---
    _de("{{KW 14/2025}} Dienstplan Radiologie; {{CT}} {{Abdomen}}: {{Appendizitis}}."),
    _de("Besprechung {{KW 3/2026}}: {{MRT}} {{Knie}} ohne Befund."),
    _de("Information zum Screening-Programm: kostenlose Hotline {{0800 500 181}}; {{Mammographie}} {{BI-RADS 1}}."),
    _en("Quit-smoking programme line {{0800 022 4332}}; {{LDCT}}: {{Lung-RADS 2}}."),
    _de("{{Fraktur}} der {{Densbasis}} ohne Dislokation."),
    _de("{{Fraktur}} {{Radiusköpfchen}} {{Mason II}}; {{Fraktur}} {{Olekranon}}."),
    _de("{{Frakturen}} der {{Humerusschaft}}mitte, {{AO 12-A2}}."),
    _de("{{Tibiakopffraktur}} {{Schatzker}}/{{Moore}} {{Typ II}}."),
    _de("{{Beckenringfraktur}} {{Tile}}/{{AO}} {{Typ B}}."),
    _en("{{Salter}}/{{Harris}} {{type II}} fracture of the distal radius."),
    _de("Stenose {{2/3}} des Lumens; {{Segment 6/7}} der {{LAD}}."),
    _de("{{Serie 3/142}}; {{LWK 1/2}}: {{Bandscheibenvorfall}}."),
    _en("{{Gleason 3+4}}, {{PI-RADS 4}}, 2/12 cores positive."),
    _de("Patientin, 87 Jahre, {{Pflegedienstleitung}} informiert; {{Dekubitus}}."),
)
