# ruff: noqa: E501
"""DEV corpus of round 17b: legal, forensic, military, occupational and insurance organisations; roles, ranks and
case numbers; places of an accident or a finding; keep-terms (issue 14, deid-r17b).

Written before reading this round's code and without opening a held-out set, from the classes the lead named
(counts only, new strings): courts and prosecutors with their seat, coroners and medical examiners, prisons,
statutory accident and pension insurers and their branches, military units / hospitals / barracks / ships /
schools, employers' works medical services, dental practices, veterans' homes, a hospital named by a bare town,
PACS AE titles with a site code; persons after military ranks and legal / investigative roles, lowercase "dr.";
prisoner, register, personnel, claim, national-insurance, file and service numbers after their cue; places of an
accident or a finding. Keep look-alikes: "Lt" = left, "AZ" = Allgemeinzustand, "BGA", "Ref." ranges, "Standort"
of a catheter, department words after an institution, eponym stage / grade classifications, a court or rank word
in prose.

Markup as tests/curation/deid/text/corpus_de_en; conventions of held-out 21 (a town naming a facility is part of
the INSTITUTION, a town after the facility's name and a comma / "in" is ADDRESS) and of round 10 (an insurer's
bare name is no PHI: "SUVA", "AUVA", "Aetna" stay; a statutory accident insurer's branch or trade body, which
names the employer's trade or a town, is INSTITUTION here, as the blind set's class counted it).
Measured once, when written, with the code at the branch point (2ca7cbe), no spaCy (63 excerpts: de 25, en 25, fr 8,
it 5; 80 PHI spans: INSTITUTION 36, ID 19, PERSON 17, ADDRESS 7, DATE 1; 167 keep-terms): tagger on recall all
0.537 (INSTITUTION 14/36, ID 11/19, ADDRESS 0/7, PERSON 17/17, DATE 1/1), keep 0.994 (166/167: "Institut für
Rechtsmedizin" before its department), false hits 1 of 54 spans (1.9 %); tagger off recall all 0.438 (INSTITUTION
7/36, PERSON 16/17), keep 0.994, false hits 1 of 41 (2.4 %).
Re-marked after batch B's changes (the campus convention of site_forms.CAMPUS_AFTER, applied to insurers' branches):
an insurer's branch word stays and its town is ADDRESS ("AUVA-{{Landesstelle}} [[ADDRESS:Linz]]", also "Agentur
Chur" here and "Suva Agentur Wetzikon" in B), so A now holds INSTITUTION 34, ADDRESS 9, 169 keep-terms and B
INSTITUTION 27, ADDRESS 8, 109 keep-terms; the figures above are those measured before the re-mark.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- courts, prosecutors, coroners, medical examiners, prisons ---
    _de("Gutachten im Auftrag des [[INSTITUTION:Landgerichts Traunstein]], Az. [[ID:3 KLs 210 Js 4471/25]]; {{CT}} {{Schädel}}: {{Kalottenfraktur}} links."),
    _de("Auf Anordnung der [[INSTITUTION:Staatsanwaltschaft Kempten]] postmortale {{CT}}; {{Rippenserienfraktur}} rechts."),
    _de("Anforderung: [[INSTITUTION:Bezirksgericht Hietzing]], GZ [[ID:12 C 88/25k]]; {{MRT}} {{HWS}} nach Auffahrunfall."),
    _de("Auftraggeber: [[INSTITUTION:Landesgericht für Zivilrechtssachen Graz]]; {{Röntgen}} {{Becken}}: keine {{Fraktur}}."),
    _fr("Requérant : [[INSTITUTION:Tribunal de police de Lausanne]], réf. [[ID:PE24.018823]] ; {{scanner}} {{thoracique}}."),
    _fr("Sur réquisition du [[INSTITUTION:Ministère public de Genève]], {{CT}} post mortem : {{hémopéricarde}}."),
    _it("Su incarico della [[INSTITUTION:Procura pubblica di Lugano]], {{TC}} {{total body}}: {{fratture costali}}."),
    _en("Requested by [[INSTITUTION:HM Senior Coroner for North Yorkshire]]; post-mortem {{CT}}: {{pulmonary embolism}} not excluded."),
    _en("Referral: [[INSTITUTION:Office of the Medical Examiner, Pima County]], case [[ID:ME-25-01873]]. {{CT}} {{cervical spine}}."),
    _en("Subpoena from the [[INSTITUTION:Circuit Court of Cook County]] received; {{MRI}} {{lumbar spine}} report released."),
    _en("Inmate transported from [[INSTITUTION:HMP Wandsworth]]; {{X-ray}} {{hand}}: {{boxer's fracture}}."),
    _de("Vorführung aus der [[INSTITUTION:JVA Straubing]] unter Bewachung, Häftl.-Nr. [[ID:2231/24]]; {{CT}} {{Abdomen}}."),
    _fr("Détenu de l'[[INSTITUTION:Établissement de Bellevue]], {{radiographie}} du {{poignet}}."),
    _it("Detenuto presso il [[INSTITUTION:Carcere La Farera]], {{Rx}} {{torace}}: {{addensamento}} basale."),
    # --- insurers and their branches ---
    _de("Kostenträger: [[INSTITUTION:Berufsgenossenschaft Energie Textil Elektro Medienerzeugnisse]], D-Arzt-Verfahren; {{Röntgen}} {{Handgelenk}}."),
    _de("Meldung an die [[INSTITUTION:BG BAU]], Unfall-Az. [[ID:4 11 88123 7]]; {{CT}} {{Fersenbein}}: {{Trümmerfraktur}}."),
    _de("Zuständig: AUVA-{{Landesstelle}} [[ADDRESS:Linz]], Schadennr. [[ID:LI-25-004412]]; {{MRT}} {{Knie}}."),
    _de("Versicherer {{SUVA}}, {{Agentur}} [[ADDRESS:Chur]], Schaden-Nr. [[ID:18.44712.25.3]]; {{Röntgen}} {{OSG}}."),
    _en("Workers' comp adjuster [[PERSON:Dana Whitfield]], claim no. [[ID:WC-2025-778812]]; {{MRI}} {{shoulder}}: {{rotator cuff tear}}."),
    _en("Claimant: [[PERSON:Gareth Pryce]], NI number [[ID:JT 44 21 87 C]]; {{CT}} {{lumbar spine}} for the tribunal."),
    # --- military ---
    _de("Überweisung vom [[INSTITUTION:Sanitätsversorgungszentrum Hammelburg]], OFw [[PERSON:Lukas Brenner]]; {{MRT}} {{Knie}}: {{Meniskusriss}}."),
    _de("Stabsunteroffizier [[PERSON:Erkan Yıldız]], Einheit [[INSTITUTION:PzGrenBtl 371]], Personenkennziffer [[ID:150789-B-40112]]; {{Röntgen}} {{Fuß}}: {{Marschfraktur}} {{MT II}}."),
    _de("Hptm [[PERSON:Reto Ammann]], [[INSTITUTION:Infanterie Rekrutenschule 14]] [[ADDRESS:Aarau]]; {{MRI}} {{LWS}}."),
    _de("Zuweisung: [[INSTITUTION:Militärärztlicher Dienst Kaserne Auenbrugger]]; {{CT}} {{Thorax}}."),
    _en("Referred by the [[INSTITUTION:Defence Medical Rehabilitation Centre Stanford Hall]], Cpl [[PERSON:Aidan Moss]]; {{MRI}} {{knee}}."),
    _en("Sgt [[PERSON:Tamika Rowe]], [[INSTITUTION:2nd Battalion, 3rd Marines]]; {{CT}} {{head}}: no {{haemorrhage}}."),
    _en("Evacuated from [[INSTITUTION:USNS Mercy (T-AH-19)]] to shore; {{CT}} {{abdomen}}: {{splenic laceration}}."),
    _en("LCDR [[PERSON:Owen Haskell]], service no. [[ID:4412-77-0931]]; {{X-ray}} {{chest}}: clear."),
    _fr("Recrue [[PERSON:Noé Favre]], [[INSTITUTION:École de recrues sanitaires 42]] [[ADDRESS:Moudon]] ; {{IRM}} du {{genou}}."),
    # --- employers, works medical services ---
    _de("Zuweisung durch den [[INSTITUTION:Werkärztlichen Dienst der Voestalpine]], Pers.-Nr. [[ID:0047719]]; {{Röntgen}} {{Thorax}}: {{Silikose}}?"),
    _de("Arbeitgeber: [[INSTITUTION:Holzbau Kappeler GmbH]]; Arbeitsunfall an der Kreissäge, {{Röntgen}} {{Hand}}."),
    _en("Occupational health, [[INSTITUTION:Northgate Offshore Services]]; {{chest X-ray}} for the rig medical."),
    _en("Employee: [[PERSON:Rhys Morgan]], employer [[INSTITUTION:Caldera Quarry Products]]; {{HRCT}}: {{silicosis}}."),
    # --- dental, veterans, bare-place hospitals, AE titles ---
    _en("OPG from [[INSTITUTION:Kingsway Dental Surgery]] enclosed; {{CBCT}} {{mandible}}: {{periapical lesion}}."),
    _it("{{OPT}} eseguita presso lo [[INSTITUTION:Studio odontoiatrico Dr. Bernasconi]]; {{granuloma}} apicale."),
    _fr("{{Orthopantomogramme}} du [[INSTITUTION:Cabinet dentaire des Tilleuls]] : {{kyste}} radiculaire."),
    _en("Resident of [[INSTITUTION:Cedar Ridge Veterans Home]]; {{X-ray}} {{hip}}: {{intertrochanteric fracture}}."),
    _en("Compared with the [[INSTITUTION:Harrogate]] films from last year; {{nodule}} stable."),
    _en("Prior imaging at [[INSTITUTION:Kaiser Fontana]] (not available); {{CT}} {{chest}}."),
    _de("Sender AE: [[ID:KSGR_CHUR_PACS]]; {{CT}} {{Thorax}} {{Standard}}."),
    # --- roles and ranks ---
    _fr("Inspecteur [[PERSON:Marc Dubuis]] (police judiciaire) présent ; {{scanner}} {{cérébral}}."),
    _de("Beschuldigte: [[PERSON:Irina Popescu]]; {{Röntgen}} {{Hand}} zur Altersschätzung: {{Epiphysenfugen}} geschlossen."),
    _de("Geschädigter [[PERSON:Dominik Haas]], {{CT}} {{Gesichtsschädel}}: {{Nasenbeinfraktur}}."),
    _en("Decedent [[PERSON:Jordan Tate]], later identified by dental records; {{CT}} {{skull}}."),
    _fr("Victime : [[PERSON:Sylvie Mottier]], {{radiographie}} du {{thorax}}."),
    _de("Insassin [[PERSON:Nadine Kolb]], Buchungsnr. [[ID:JVA-A 1187/25]]; {{Sonographie}} {{Abdomen}}."),
    _en("Seen by dr. [[PERSON:hendriks]] on call; {{CT}} {{head}}: normal."),
    # --- case numbers ---
    _en("Alien reg. A-number [[ID:A214-778-901]]; detention centre medical: {{chest X-ray}} for {{TB}}."),
    _en("Ref. no. [[ID:CR/2025/04417]]; {{CT}} {{orbit}}: {{blow-out fracture}}."),
    _it("Sinistro SUVA n. [[ID:27.41180.25.6]]; {{RM}} {{ginocchio}}: {{lesione LCA}}."),
    _fr("N/Réf. [[ID:MP/24/3318]] ; {{IRM}} {{lombaire}} : {{hernie discale}}."),
    # --- places of an accident or a finding ---
    _de("Fundort: [[ADDRESS:Waldweg hinter der Kläranlage, Oberndorf]]; {{postmortale CT}}: {{Schussverletzung}}."),
    _de("Sturz beim Snowboarden in [[ADDRESS:Laax]]; {{CT}} {{HWS}}: keine {{Fraktur}}."),
    _en("RTC on the [[ADDRESS:A66 near Penrith]], {{CT}} {{trauma}}: {{pneumothorax}} right."),
    _en("Back from [[ADDRESS:Kinshasa]] on [[DATE:12 March]]; {{chest X-ray}}: {{consolidation}}."),
    _it("Caduta in montagna a [[ADDRESS:Cervinia]]; {{TC}} {{rachide}}."),
    # --- keep look-alikes ---
    _en("{{Lt}} {{knee}}: {{effusion}}; {{Maj}} {{fissure}} normal. Court-ordered {{CT}} not indicated."),
    _de("{{AZ}} reduziert, {{BGA}} unauffällig; {{Standort}} des {{ZVK}} in der {{V. cava superior}}."),
    _de("{{Institut für Rechtsmedizin}}, Abteilung {{Forensische Bildgebung}}: {{postmortale CT}}."),
    _en("{{Salter-Harris II}} {{fracture}}; {{Gustilo IIIA}}; {{Fisher grade 3}}; {{Hunt and Hess}} 2."),
    _de("{{pAVK}} {{Stadium Fontaine IIb}}, {{Rutherford}} 3; {{Weber B}}-{{Fraktur}}; {{Garden III}}."),
    _en("Ref. range 0-5; {{Reg.}} {{rhythm}}; the victim's {{CT}} showed no {{fracture}}."),
    _de("{{Kaserne}}-Ausbildung ohne Befund; {{Rekrutenschule}}-Tauglichkeit: {{Röntgen}} {{Thorax}} normal."),
)

# Batch B: written after batch A's changes and before any change made for it (same classes, other strings, other
# shapes and look-alikes); 45 excerpts (de 19, en 18, fr 6, it 2), 54 PHI spans (INSTITUTION 28, ID 9, PERSON 9,
# ADDRESS 7, DATE 1), 108 keep-terms. Measured once then, no spaCy: with A's changes tagger on recall all 0.815
# (INSTITUTION 21/28, ID 7/9, ADDRESS 6/7), keep 0.991 (107/108: "Sozialrecht" in brackets after a court), false hits
# 3 of 47 (6.4 %); tagger off 0.778 / 0.991 / 3 of 45 (6.7 %). For reference, the branch point (2ca7cbe): tagger on
# 0.407 / 1.000 / 2 of 29 (6.9 %), off 0.296 / 1.000 / 2 of 21 (9.5 %).
DEV_B: tuple[Snippet, ...] = (
    _de("Im Auftrag des [[INSTITUTION:Oberlandesgerichts Bamberg]] ({{Sozialrecht}}); {{MRT}} {{LWS}}: {{Osteochondrose}}."),
    _de("Anfrage [[INSTITUTION:Sozialgericht Dortmund]], Az. [[ID:S 36 U 412/24]]; {{Röntgen}} {{Schulter}}."),
    _de("[[INSTITUTION:Staatsanwaltschaft beim Landgericht Mosbach]]: Leichenschau, {{postmortale CT}} {{Thorax}}."),
    _de("Auf Ersuchen der [[INSTITUTION:Landespolizeidirektion Tirol]] {{CT}} {{Schädel}}: {{Epiduralhämatom}}."),
    _fr("Mandat de la [[INSTITUTION:Police cantonale fribourgeoise]], {{scanner}} {{cérébral}} : {{contusion}}."),
    _fr("Ordonnance du [[INSTITUTION:Tribunal des mineurs de Neuchâtel]] ; {{radiographie}} du {{poignet}} (âge osseux)."),
    _it("Richiesta del [[INSTITUTION:Ministero pubblico del Cantone Ticino]]: {{TC}} {{post mortem}}."),
    _en("Instructed by [[INSTITUTION:HM Coroner for Inner West London]]; {{PMCT}}: {{subarachnoid haemorrhage}}."),
    _en("Released to the [[INSTITUTION:Harris County Institute of Forensic Sciences]]; {{CT}} {{chest}}."),
    _en("Per order of the [[INSTITUTION:Family Court of Western Australia]]; {{skeletal survey}}: no {{fracture}}."),
    _en("Detained at [[INSTITUTION:FCI Terminal Island]], Reg. No. [[ID:55821-112]]; {{CT}} {{abdomen}}."),
    _de("Insasse der [[INSTITUTION:Justizanstalt Stein]], {{Röntgen}} {{Thorax}}: {{Tbc}}-Ausschluss."),
    _de("UV-Träger: [[INSTITUTION:Berufsgenossenschaft Handel und Warenlogistik]]; {{MRT}} {{Knie}}."),
    _de("Unfallversicherung: [[INSTITUTION:BG Verkehr]], Unfalltag [[DATE:03.02.2025]]; {{CT}} {{HWS}}."),
    _de("Suva {{Agentur}} [[ADDRESS:Wetzikon]], Schadenfall [[ID:22.77104.25.1]]; {{Röntgen}} {{Finger}}."),
    _en("Insurer {{Aetna}}; case manager [[PERSON:Holly Brandt]], adjuster, claim no. [[ID:AX-55120-8]]; {{MRI}} {{knee}}."),
    _de("Gefr [[PERSON:Timo Seiler]], [[INSTITUTION:JgBtl 231]] [[ADDRESS:Bad Reichenhall]]; {{Röntgen}} {{OSG}}."),
    _de("Rekr [[PERSON:Luca Brunner]], [[INSTITUTION:Pz RS 22]] [[ADDRESS:Thun]]; {{MRI}} {{Knie}}: {{Bone bruise}}."),
    _en("Flt Lt [[PERSON:Priya Nair]], [[INSTITUTION:RAF Brize Norton]]; {{CT}} {{sinuses}}."),
    _en("Patient from the [[INSTITUTION:1st Armored Division]] at [[INSTITUTION:Fort Bliss]]; {{X-ray}} {{foot}}: {{stress fracture}}."),
    _en("Transferred from [[INSTITUTION:HMS Prince of Wales]] by helicopter; {{CT}} {{abdomen}}."),
    _it("Caporale [[PERSON:Matteo Riva]], [[INSTITUTION:Caserma Monte Ceneri]]; {{RM}} {{ginocchio}}."),
    _de("Überweisung [[INSTITUTION:Arbeitsmedizinisches Zentrum der BASF]], {{Röntgen}} {{Thorax}} nach {{ILO}}."),
    _en("Employed by [[INSTITUTION:Tarrant Roofing Contractors]]; {{HRCT}}: {{pleural plaques}}."),
    _fr("Employeur : [[INSTITUTION:Menuiserie Rochat]], accident du travail ; {{radiographie}} de la {{main}}."),
    _en("{{OPG}} supplied by [[INSTITUTION:Elm Tree Dental Care]]; {{cyst}} {{lower left}}."),
    _de("{{OPG}} der [[INSTITUTION:Zahnarztpraxis am Schlossberg]]: {{Zyste}} regio 36."),
    _en("Compare [[INSTITUTION:Barnsley]] scans of 2023; {{nodule}} unchanged."),
    _de("AE-Titel [[ID:USZ_ZUERICH_VNA]]; {{MRT}} {{Schädel}}."),
    _en("Victim [[PERSON:Lorraine Obi]] brought by police; {{CT}} {{face}}."),
    _fr("Inspectrice [[PERSON:Julie Perrin]] présente ; {{IRM}} {{rachis}}."),
    _de("Opfer: [[PERSON:Sabine Wolf]], {{CT}} {{Thorax}}: {{Rippenfraktur}}."),
    _en("Prisoner [[PERSON:Dwayne Hicks]], TDCJ# [[ID:02298811]]; {{MRI}} {{brain}}."),
    _de("Pers.-Nr. [[ID:55 12 309]] (Werk), {{Röntgen}} {{Hand}}."),
    _fr("Réf. dossier [[ID:AC 2025/118]] ; {{IRM}} de l'{{épaule}}."),
    _en("NI no. [[ID:NH 70 12 55 D]]; {{X-ray}} {{spine}}."),
    _de("Auffindeort: [[ADDRESS:Parkplatz Seeufer, Immenstaad]]; {{CT}} {{Ganzkörper}}."),
    _en("Snowboarding crash at [[ADDRESS:Mammoth Mountain]]; {{CT}} {{wrist}}."),
    _de("Verkehrsunfall auf der [[ADDRESS:A9 bei Ingolstadt]]; {{CT}} {{Polytrauma}}."),
    _fr("Chute à ski à [[ADDRESS:Verbier]] ; {{radiographie}} du {{genou}}."),
    _en("Recently returned from [[ADDRESS:Mumbai]]; {{chest X-ray}}: {{cavitation}}."),
    _en("Court report requested; {{Lt}} {{shoulder}} {{Bankart lesion}}; {{Neer}} {{type II}}."),
    _de("{{Rechtsmedizin}} informiert; {{Tossy III}}, {{Rockwood V}}; {{Bosniak IIF}}."),
    _de("Abteilung {{Forensische Odontologie}} des Instituts: {{Zahnstatus}} erhoben."),
    _en("{{Salter-Harris}} {{type IV}}; {{Schatzker II}}; {{Lauge-Hansen}} {{SER}}."),
)
