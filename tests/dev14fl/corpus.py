# ruff: noqa: E501
"""DEV corpus of round 16b: facilities without a keyword or with a rare one, acronyms of facilities, keep-terms
(issue 14, deid-r16b).

Written before reading this round's code and without opening a held-out set, from the classes the lead named
(counts only, the examples' strings not reused): centres with a level or a region after them, practice names with
the owner's title or a place ("am ..."), MVZ / groups named by region, home care, interpreter services,
child-protection authorities, Red Cross branches (DE/FR/IT), second-opinion portals named by domain, US heart /
vascular / vein institutes, charity clinics, brand + saint, private hospital brands + town, cancer centres with a
city, VA centres by town; acronyms of facilities by context (in / at / from / via + acronym, acronym + suite / PTS,
an acronym in brackets after a named facility, a service acronym before a role), a one-word health system in an
outside-study mention; a department word before a named facility in a "Kopie:" line; look-alikes: clinical
acronyms (CT, MRT, PET, LAD, ICA, ICU, PICC ...), scanner and vendor names, departments, wards.

Markup as tests/curation/deid/text/corpus_de_en (titles, generic department names and legal-form suffixes outside
the spans). Measured once, when written, with the code at the branch point
(0b7e3ec), no spaCy (45 excerpts: de 23, en 17, fr 3, it 2; 42 PHI spans: INSTITUTION 41, DATE 1; 129 keep-terms):
tagger on recall all 0.548 (INSTITUTION 22/41), keep 0.992 (128/129: "Rheumatology" before a named hospital in a cc
line), false hits 1 of 34 spans (2.9 %); tagger off recall all 0.452 (INSTITUTION 18/41), keep 0.992, false hits 1 of
28 (3.6 %).
Batch B (21 excerpts: de 9, en 9, fr 2, it 1; 20 PHI spans: INSTITUTION 19, DATE 1; 44 keep-terms as first written),
written after batch A's changes and before any change made for it, measured once: tagger on recall all 0.800
(INSTITUTION 15/19: a Romance "Poliambulatorio" + specialty adjective, a cancer centre with " – <City>" before "for",
a free clinic whose name opens with a generic word ("Open ..."), an interpreter service written in camel case), keep
0.977 (43/44: a markup slip of this file, "Thorax" marked as a keep-term while it also stands inside the marked
"...Thoraxzentrum ..."; unmarked since), 0 false hits of 18 spans; tagger off 0.750 (+ "<Name> Heart & Vascular" before
"last year"), keep 0.977, 0 of 17.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- centres with a level / region, rare keywords ---
    _de("Geburt im [[INSTITUTION:Perinatalzentrum Level 2 St. Hedwig]]; {{Sonographie}} {{Schädel}} des Neugeborenen: keine {{Blutung}}."),
    _de("Vorbefund aus dem [[INSTITUTION:Gefäß- und Lungenzentrum Allgäu]]: {{CTA}} der {{Aorta}} ohne {{Dissektion}}."),
    _de("Zuweisung durch das [[INSTITUTION:Stoffwechselzentrum Level 1 Nordbaden]] zur {{MRT}} der {{Leber}}."),
    _de("Überweisung: [[INSTITUTION:Hautarztpraxis Dr. med. Brenner]]; {{Sonographie}} {{Lymphknoten}} {{axillär}}."),
    _de("Zuweiser: [[INSTITUTION:Kinderarztpraxis am Schlossgarten]], {{Röntgen}} {{Hand}} links ({{Knochenalter}})."),
    _de("Befund geht an [[INSTITUTION:Strahlentherapie Mittelfranken MVZ]], {{PET-CT}} zur {{Bestrahlungsplanung}}."),
    _de("Versorgung zu Hause durch [[INSTITUTION:Ambulanter Pflegedienst Lindner]]; {{Röntgen}} {{Thorax}} im Liegen."),
    _de("Pflege: [[INSTITUTION:Häusliche Krankenpflege Sonnenschein]], Transport liegend; {{CT}} {{Becken}}."),
    _de("Übersetzung über [[INSTITUTION:Dolmetscherservice Lingua Nord]] (Arabisch); {{MRT}} {{Knie}} rechts."),
    _de("Meldung an die [[INSTITUTION:KESB Oberaargau]] erfolgt; {{Skelettscreening}}: zwei {{Rippenfrakturen}} unterschiedlichen Alters."),
    _de("Information an [[INSTITUTION:Kinder- und Jugendhilfe Graz-Umgebung]]; {{Röntgen}} {{Femur}}: {{Spiralfraktur}}."),
    _de("Transport durch das [[INSTITUTION:Rote Kreuz Tirol]], {{CT}} {{Schädel}} nativ."),
    _de("Zweitmeinung eingeholt über [[INSTITUTION:befundcheck24.de]]; {{MRT}} {{Prostata}} {{PI-RADS 4}}."),
    _de("Verlegung aus [[INSTITUTION:Helios Pforzheim]] nach {{Polytrauma}}; {{CT}} {{Ganzkörper}}."),
    _de("Erstdiagnose im [[INSTITUTION:Diagnosezentrum Urania]], {{MRT}} {{LWS}} mit {{Kontrastmittel}}."),
    _de("Hausärztliche Betreuung: [[INSTITUTION:PVE Leoben]]; {{Röntgen}} {{Thorax}} in zwei Ebenen."),
    _fr("Transport assuré par la [[INSTITUTION:Croix-Rouge neuchâteloise]]; {{IRM}} {{cérébrale}} sans {{ischémie}}."),
    _fr("Adressé par la [[INSTITUTION:Permanence de Chauderon]] pour {{radiographie}} du {{poignet}}."),
    _it("Trasporto a cura della [[INSTITUTION:Croce Rossa ticinese]]; {{TC}} {{cranio}}: nessuna {{emorragia}}."),
    _it("Inviato dall'[[INSTITUTION:Ambulatorio pediatrico Mendrisio]] per {{ecografia}} {{addome}}."),
    _en("Referred by [[INSTITUTION:Tri-County Heart and Vascular Institute]] for {{CTA}} {{coronary}}."),
    _en("Duplex requested by [[INSTITUTION:Cedar Ridge Vein & Laser]]; {{ultrasound}} {{GSV}} {{reflux}}."),
    _en("Uninsured, seen first at [[INSTITUTION:Mercy Street free clinic]]. {{Chest X-ray}}: {{right lower lobe}} {{consolidation}}."),
    _en("Transferred from [[INSTITUTION:Trinity Saint Michael's]] for {{thrombectomy}}; {{CT perfusion}}."),
    _en("Private referral from [[INSTITUTION:Nuffield Health Tunbridge Wells]]. {{MRI}} {{shoulder}}: {{supraspinatus}} tear."),
    _en("Oncology follow-up at [[INSTITUTION:Rosemere Cancer Centre – Preston]]; {{CT}} {{CAP}} restaging."),
    _en("Prior films from [[INSTITUTION:Bay Pines VA]]; {{CT}} {{chest}}: stable {{nodule}}."),
    _en("GP: [[INSTITUTION:Willow Tree Surgery]]. {{X-ray}} {{knee}}: {{osteoarthritis}}."),
    _en("Resident of [[INSTITUTION:Maple Lodge]] care home; {{CT}} {{head}} after fall: no {{bleed}}."),
    # --- acronyms of facilities by context ---
    _de("Die {{Ablation}} ist im [[INSTITUTION:KSW]] geplant, {{CT}} {{Thorax}} vorher."),
    _de("Vor-MRT im [[INSTITUTION:Radiologie-Zentrum Seefeld]] ([[INSTITUTION:RZS]]), {{MRT}} {{Hüfte}}."),
    _de("Übersetzung: [[INSTITUTION:HEKS]], Dolmetscherin vor Ort; {{Sonographie}} {{Abdomen}}."),
    _en("Drain insertion in the [[INSTITUTION:NNUH]] IR suite tomorrow; {{CT}} {{abdomen}}: {{collection}}."),
    _en("[[INSTITUTION:QEUH]] PTS booked for the return trip. {{X-ray}} {{pelvis}}."),
    _en("Outside echo ([[INSTITUTION:Novant]], [[DATE:03/2025]]): {{EF}} 40 %. {{Cardiac MRI}} requested."),
    _en("Transferred from [[INSTITUTION:RBH]] overnight; {{CT}} {{chest}}: {{PE}}."),
    # --- keep: department before a named facility ---
    _de("Kopie: {{Kardiologie}} [[INSTITUTION:Spital Limmattal]]\n{{CT}} {{Koronarangiographie}}: {{Agatston}} 0."),
    _de("Kopie an: {{Onkologie}} [[INSTITUTION:Kantonsspital Olten]], Hausarzt"),
    _en("cc: {{Rheumatology}} [[INSTITUTION:Royal Derby Hospital]]; {{MRI}} {{sacroiliac joints}}."),
    # --- look-alikes ---
    _de("Kontrolle im {{MRT}} geplant, {{PET}} ({{FDG}}) bei {{SUV}} 6,1; {{LAD}} {{Stenose}} im {{CT}}."),
    _de("Aufnahme über die {{ZNA}}, Verlegung auf die {{IMC}}; {{CT}} {{Schädel}} am {{Siemens}} {{Somatom}}."),
    _en("{{CT}} done in the {{ICU}}; {{PICC}} tip at the {{cavoatrial junction}}, {{ICA}} patent."),
    _en("Performed on {{GE}} {{Revolution}} in {{IR}} suite 2; {{PTS}} booked by the ward."),
    _en("Seen in {{ED}}, then {{AMU}}; {{CXR}}: no {{pneumothorax}}."),
    _fr("{{IRM}} au [[INSTITUTION:CHUV]] prévue; {{TEP}} ({{PET}}) avec {{FDG}}."),
)

# Batch B: written after batch A's changes, before any change made for it; measured once (see the docstring).
DEV_B: tuple[Snippet, ...] = (
    _de("Nachsorge im [[INSTITUTION:Brustzentrum Stufe 2 Ostwestfalen]]; {{Mammographie}} {{BI-RADS 2}}."),
    _de("Vorstellung im [[INSTITUTION:Lungen- und Thoraxzentrum Eifel]], {{CT}} Thorax {{Low-Dose}}."),
    _de("Zuweisung: [[INSTITUTION:Zahnarztpraxis am Lindenplatz]]; {{DVT}} {{Unterkiefer}}."),
    _de("Versorgung: [[INSTITUTION:Mobile Hauskrankenpflege Wienerwald]], {{Röntgen}} {{Thorax}} im Bett."),
    _de("Bericht an die [[INSTITUTION:KESB Region Thun]] übermittelt; {{Babygramm}} ohne {{Fraktur}}."),
    _de("Die {{Punktion}} ist im [[INSTITUTION:GZO]] vorgesehen; {{Sonographie}} {{Leber}}."),
    _de("Begleitung: [[INSTITUTION:Caritas Vorarlberg]], Dolmetsch für Farsi; {{MRT}} {{Schädel}}."),
    _de("Kopie: {{Gastroenterologie}} [[INSTITUTION:Klinikum Ingolstadt]], Hausärztin"),
    _de("{{Rotationszentrum}} {{Hüfte}} bestimmt; {{Röntgen}} {{Becken}} a.p."),
    _fr("Suivi par la [[INSTITUTION:Croix-Rouge fribourgeoise]] (transport); {{radiographie}} du {{thorax}}."),
    _fr("Envoyée par le [[INSTITUTION:Cabinet pédiatrique Les Mouettes]] pour {{échographie}} {{abdominale}}."),
    _it("Visita presso [[INSTITUTION:Poliambulatorio ortopedico Locarno]]; {{RM}} {{ginocchio}}."),
    _en("Seen by [[INSTITUTION:Great Plains Heart & Vascular]] last year; {{CTA}} {{runoff}}."),
    _en("Referred from [[INSTITUTION:Clatterbridge Cancer Centre – Wirral]] for {{PET-CT}}."),
    _en("Outside MRI ([[INSTITUTION:Intermountain]], [[DATE:11/2024]]): {{meniscal tear}}."),
    _en("Transfer from [[INSTITUTION:Hines VA]] for {{IR}} {{biopsy}}; {{CT}} guidance."),
    _en("Patient attends [[INSTITUTION:Open Door free clinic]]; {{chest X-ray}}: clear."),
    _en("Biopsy in the [[INSTITUTION:UHCW]] IR suite, then {{CT}} {{chest}}."),
    _en("Performed on {{Siemens}} {{Naeotom Alpha}} in the {{CT}} suite; {{PCD-CT}} protocol."),
    _en("Interpreter from [[INSTITUTION:LanguageLine]] (Polish); {{MRI}} {{brain}}."),
    _en("Copy to {{Haematology}}, [[INSTITUTION:Southmead Hospital]]."),
)
