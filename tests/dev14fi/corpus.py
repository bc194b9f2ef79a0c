# ruff: noqa: E501
"""DEV corpus of round 15b: institutions (issue 14, deid-r15b).

Written before any change of this round and before reading this round's institution code, without opening a
held-out set, from the classes the lead named (counts only): brand organisations without a facility keyword
(imaging chains, dialysis providers, teleradiology companies, orthopaedic groups, health systems, cancer centres;
letterhead lines, after provenance cues, before service words), care homes, legal and commercial forms, public
bodies (prisons, military units and medical centres, screening units, advocacy bodies), acronym hospitals and
unit words that stay outside a facility span. Look-alikes: sequence names, scores, devices, anatomy, trial names,
drug brands, unit words alone.

Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep-term. Conventions
as the older corpora: a town naming a facility is inside its INSTITUTION span; titles and unit / department words
("Notaufnahme", "emergency department", "Station 4B") outside.
Measured once, when written, with the code at the branch point (5922b6a), no spaCy (58 excerpts: en 26, de 20,
fr 6, it 6; 68 PHI spans: INSTITUTION 56, ADDRESS 6, DATE 3, PHONE 2, PERSON 1; 151 keep-terms): tagger on recall
all 0.588 (INSTITUTION 28/56, others complete), keep 0.993 (150/151), false hits 2 of 54 spans (3.7 %); tagger off
recall all 0.485 (INSTITUTION 21/56), keep 0.993, false hits 1 of 45 (2.2 %).
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- brand organisations, letterheads ---
    _en("[[INSTITUTION:VANTARIS IMAGING – Basingstoke]]\n[[ADDRESS:14 Wote Street]], [[ADDRESS:Basingstoke RG21 7NW]]\nTel [[PHONE:01256 330 114]]\n{{MRI}} {{left knee}}: {{medial meniscal tear}}."),
    _en("[[INSTITUTION:NorthLake Health]]\n[[ADDRESS:2201 Meridian Ave]], [[ADDRESS:Grand Rapids, MI 49503]]\n{{CT}} {{abdomen}} with contrast: {{appendicitis}}."),
    _de("[[INSTITUTION:RADIANZ Nord]]\n[[ADDRESS:Holstenstraße 88]], [[ADDRESS:22767 Hamburg]]\n{{MRT}} {{LWS}}: {{Spinalkanalstenose}} {{L4/5}}."),
    _de("[[INSTITUTION:medvia Diagnostik]]\nTel. [[PHONE:0711 25 48 30]]\n{{CT}} {{Nasennebenhöhlen}}: {{Sinusitis maxillaris}}."),
    # --- provenance / locative cues ---
    _en("Outside study from [[INSTITUTION:Clearwave Teleradiology]] reviewed; {{CT}} {{head}} shows no {{hemorrhage}}."),
    _en("Report from [[INSTITUTION:PRAXIS Renal Care Leeds]]: {{AV fistula}} patent, {{dialysis}} three times weekly."),
    _en("Booked at [[INSTITUTION:Orthosport Partners Denver]] for {{MRI}} {{shoulder}}; {{labral tear}} suspected."),
    _en("Scanned on the mobile unit at [[INSTITUTION:Tesco Extra Kidderminster]] car park; {{mammography}} {{BI-RADS 1}}."),
    _en("Prior {{PET-CT}} at [[INSTITUTION:Halvorsen Cancer Institute]] showed {{FDG}}-avid {{nodes}}."),
    _de("Voraufnahmen aus der [[INSTITUTION:NephroCare Plus Regensburg]] liegen vor, {{Shuntvene}} offen."),
    _de("Befund von [[INSTITUTION:Diagnosticum Wienerberg]] vom [[DATE:02.03.2025]]: {{Meniskusläsion}} medial."),
    _de("Termin bei [[INSTITUTION:OrthoActiv Salzburg]] vereinbart; {{MRT}} {{Sprunggelenk}}."),
    _fr("Examen réalisé chez [[INSTITUTION:Imagerie du Léman]] le [[DATE:4 février 2025]]; {{IRM}} {{genou}}."),
    _fr("Images transmises par [[INSTITUTION:TELERAD SUISSE]], {{scanner}} {{thoracique}} sans {{embolie}}."),
    _it("Esame eseguito presso [[INSTITUTION:Centro Ticinese Diagnostica]], {{TC}} {{addome}}: {{litiasi}} renale."),
    # --- before service words ---
    _en("Discussed at the [[INSTITUTION:Kellerman Cancer Center]] {{thoracic}} tumour board; {{SBRT}} recommended."),
    _en("Seen in the [[INSTITUTION:Brightwater General]] {{ED}} after a fall; {{CT}} {{cervical spine}} normal."),
    _de("Vorstellung im [[INSTITUTION:Helios-Verbund Ostalb]] {{Tumorboard}} {{Gastro}}."),
    # --- care homes ---
    _en("Resident of [[INSTITUTION:Sunrise of Hazelmere]], fall from bed; {{X-ray}} {{hip}}: {{neck of femur fracture}}."),
    _en("From [[INSTITUTION:Larkfield Care Home]]; {{chest X-ray}}: {{consolidation}} right {{lower lobe}}."),
    _de("Bewohnerin der [[INSTITUTION:Seniorenresidenz Am Wiesengrund]], {{Röntgen}} {{Becken}}."),
    _fr("Résidente de la [[INSTITUTION:Résidence des Tilleuls]]; {{radiographie}} du {{poignet}}."),
    _it("Ospite della [[INSTITUTION:Residenza Al Castagneto]], {{Casa anziani}} di riferimento; {{RX}} {{torace}}."),
    _en("Transferred from [[INSTITUTION:St. Columba's Park]] nursing unit; {{CT}} {{head}}: {{chronic subdural}}."),
    _en("Admitted via [[INSTITUTION:the Whittington]]; {{CTPA}} negative."),
    # --- legal and commercial forms ---
    _en("Records requested by [[INSTITUTION:Hargreaves Lowe LLP]] on behalf of the patient; {{MRI}} {{brain}} enclosed."),
    _en("Copy to [[INSTITUTION:Delacroix, Whitcombe & Pryor]], attorneys for the claimant."),
    _en("Billing: [[INSTITUTION:Summit Spine Associates, P.C.]]; {{CT}} {{lumbar spine}}."),
    _de("Anfrage der Kanzlei [[INSTITUTION:Brandtner Rechtsanwälte Partner mbB]] zur {{MRT}} vom [[DATE:11.11.2024]]."),
    _de("Leistungserbringer: [[INSTITUTION:Radiologie Nordring GmbH]], {{Sonographie}} {{Schilddrüse}}."),
    _de("Zuweisung: [[INSTITUTION:Orthopädie Dr. Pfleger & Team Villach]], {{MRT}} {{Knie}}."),
    _de("Zuweiser: [[INSTITUTION:Dr. Lechner & Dr. Hofbauer OG]], {{Röntgen}} {{Hand}}."),
    _it("Fatturazione: [[INSTITUTION:Medicalis Srl]], {{ecografia}} {{addome}}."),
    _fr("Facturation: [[INSTITUTION:Radiologie Montbenon SA]]; {{mammographie}} de {{dépistage}}."),
    # --- public bodies ---
    _en("Inmate transferred from [[INSTITUTION:HMP Wandsmoor]]; {{CT}} {{abdomen}}: {{body packing}} excluded."),
    _en("Patient in custody at [[INSTITUTION:SCI Pinegrove State Prison]]; {{X-ray}} {{hand}}: {{boxer's fracture}}."),
    _de("Überstellung aus der [[INSTITUTION:JVA Rothenfeld]], {{Röntgen}} {{Thorax}}."),
    _de("Insasse der [[INSTITUTION:Justizanstalt Steinhof]]; {{CT}} {{Schädel}}."),
    _en("Soldier from [[INSTITUTION:2 RGR]], referred by [[INSTITUTION:DMRC Stanford Hall]]; {{MRI}} {{ankle}}."),
    _en("Referred by the battalion aid station, [[INSTITUTION:3-187 IN]]; {{X-ray}} {{foot}}: {{stress fracture}}."),
    _de("Zuweisung durch das [[INSTITUTION:Bundeswehrzentralkrankenhaus Koblenz]], {{MRT}} {{Knie}}."),
    _en("Recalled by the [[INSTITUTION:Thames Valley Breast Screening]] unit; {{tomosynthesis}} requested."),
    _en("Complaint forwarded by [[INSTITUTION:Healthwatch Rotherby]]."),
    # --- acronym hospitals ---
    _de("Dr. [[PERSON:Reto Camenzind]], [[INSTITUTION:KSGR]]; {{CT}} {{Thorax}}: {{Lungenembolie}}."),
    _it("Trasferito → [[INSTITUTION:EOC]]; {{TC}} {{encefalo}}: nessuna {{emorragia}}."),
    _de("[[INSTITUTION:Universitätsspital Basel]] ([[INSTITUTION:USB]]) – Radiologie, {{MRT}} {{Schulter}}."),
    _fr("Transfert au [[INSTITUTION:CH Morges]] pour {{IRM}} {{cérébrale}}."),
    _it("[[INSTITUTION:Istituto Oncologico della Svizzera italiana]], {{PET-TC}} con {{FDG}}."),
    _fr("[[INSTITUTION:Imagerie Médicale du Chablais]]: {{échographie}} {{abdominale}} normale."),
    _en("[[INSTITUTION:RUH]] – Radiology, {{CT}} {{KUB}}: {{5 mm}} {{calculus}}."),
    # --- keep losses ---
    _de("Vorstellung in der {{Notaufnahme}} des [[INSTITUTION:Klinikum Lindenhöhe]]; {{CT}} {{Schädel}} nativ."),
    _en("Seen by {{vascular surgery}} at [[INSTITUTION:Maple Grove Hospital]]; {{duplex}} of the {{SFA}}."),
    _de("{{Transplantationszentrum}} [[INSTITUTION:Uniklinik Rheinhausen]], {{Doppler}} der {{Transplantatniere}}."),
    _de("Verlegung auf {{Station}} 4B, [[INSTITUTION:Krankenhaus Hohenfels]]; {{Röntgen}} {{Thorax}}."),
    # --- look-alikes (no PHI) ---
    _en("{{DWI}} and {{ADC}} concordant; {{FLAIR}} normal. {{TIRADS}} {{TR3}}. {{RECIST}} {{PR}}."),
    _de("{{SPECT}}-Untersuchung, {{PSMA}}-{{PET}}, {{MRCP}} ohne {{Choledocholithiasis}}, {{CT}} mit {{KM}}."),
    _en("{{MAGNETOM}} {{Vida}}; {{GE}} {{Revolution}} scanner; {{NEXUS}} criteria negative, {{ED}} review."),
    _it("{{RM}} {{encefalo}}: {{lesioni}} {{ADEM}}-simili, {{SM}} da escludere; {{AIFA}} nota."),
)
