"""DEV corpus of rules round 14a: persons (issue 14, deid-r14a).

Written before any change of this round and before reading the round's person code, without opening a held-out
set, from the classes the lead listed for a clean blind set's PERSON misses (shapes only, own strings): lower-case
RIS logins after an action word in export / audit lines (by / durch / von / par) and a typist's lower-case initials
after a typing word at a report's end; abbreviated given names with a period after a title (Chr., Wolfg., Jas.,
J.-Cl.); Italian lower-case academic / courtesy titles and French courtesy titles + surname; relatives named by
given name alone after a relation word (IT/FR/DE/EN); surnames with lower-case particles (ap, bin, ibn, al-,
van der, de la, von und zu, dos) after a title or in a sign-off with UK post-nominals; a staff-role cue + initial +
a surname in no list; patient labels naming a beneficiary / member / resident / insured person + a full name with a
middle initial; keep-terms: a German request compound between "Betreff:" and a "Surname, Given" name, Swiss letter
closings (ss for ß), and look-alikes (lower-case words after by / durch / von / par, eponyms, "Dr." in a device).

Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep-term.
Measured once, when written, with the code at the branch point (e8c204c), no spaCy, tagger on and off alike:
tagger on: recall 0.647 (DATE 6/6, ID 2/2, PERSON 36/60), keep 0.975
(77/79), false hits 2 of 54 spans (3.7 %); tagger off: recall 0.603 (PERSON 33/60), keep 0.975, 2 of 51 (3.9 %).
One span was marked with its titles inside ("Prof. Dr. B. Haslinger"), against the corpus' habit; it is marked as
the name alone after that measurement (the only edit since).
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- logins after an action word, typist initials ---
    _en("[[DATE:2025-02-11]] 16:40 report signed by [[PERSON:tnakamura]] ({{final}})."),
    _en("Audit: exported [[DATE:03/19/2025]] 08:02 by [[PERSON:rgallegos]] to {{PACS}}."),
    _de("Befund freigegeben durch [[PERSON:hsteinbauer]] am [[DATE:04.03.2025]] 11:15."),
    _de("Protokoll: Status geändert von [[PERSON:mkrainer]], {{Export}} {{DICOM}} abgeschlossen."),
    _fr("Rapport validé par [[PERSON:jlmonney]] le [[DATE:12.02.2025]], {{IRM}} {{lombaire}}."),
    _en("Dr [[PERSON:P. Hollins]], {{Consultant Radiologist}}\nDictated: [[DATE:04/03/2025]]\nTyped by: [[PERSON:ck]]"),
    _en("Reported by Dr [[PERSON:Q. Marsh]]\n[[PERSON:QM]]/[[PERSON:sd]]"),
    _de("Dr. med. [[PERSON:A. Lindner]]\nOberärztin\nDiktat/Schreibdienst: [[PERSON:kw]]"),
    _de("Prof. Dr. [[PERSON:B. Haslinger]]\nSchreibkraft: [[PERSON:ms]]"),
    _fr("Dr [[PERSON:E. Vuilleumier]]\nDact. [[PERSON:nb]]"),
    # --- abbreviated given names ---
    _de("Zuweiser: Dr. [[PERSON:Chr. Pfeifenberger]], {{Innere Medizin}}."),
    _de("Prof. Dr. [[PERSON:Wolfg. Reisinger]] bittet um {{CT}} {{Thorax}}."),
    _en("Copy to Dr [[PERSON:Jas. McCrindle]], {{GP}}."),
    _fr("Adressé par le Dr [[PERSON:J.-Cl. Bugnon]] pour {{IRM}} {{cérébrale}}."),
    _fr("Pr [[PERSON:Ch. Mermoud]], {{service de radiologie}}."),
    _en("cc: Dr [[PERSON:Thos. Pengelly]], {{orthopaedics}}"),
    _de("OA Dr. [[PERSON:H.-P. Zimmerli]] informiert."),
    # --- Italian and French titles, salutations ---
    _it("Egr. dott. [[PERSON:Pedrazzini]],\nLe trasmettiamo il referto della {{TC}} {{torace}}."),
    _it("Gentile dott.ssa [[PERSON:Cereghetti]],\nin allegato la {{RM}} del {{ginocchio}}."),
    _it("Caro prof. [[PERSON:Lurati]], grazie per l'invio della paziente."),
    _it("Gent.ma sig.ra [[PERSON:Balestra]], l'esame è stato eseguito."),
    _fr("Chère Madame [[PERSON:Rossier]],\nvotre {{IRM}} de l'{{épaule}} ne montre pas de {{rupture}}."),
    _fr("Monsieur [[PERSON:Perrenoud]] a été examiné ce jour, {{scanner}} {{abdominal}}."),
    _fr("Mlle [[PERSON:Jaquet]], {{échographie}} {{thyroïdienne}}."),
    # --- relatives by given name ---
    _it("Accompagnata dal marito [[PERSON:Franco]], la paziente riferisce {{dolore}}."),
    _it("Contattare la figlia [[PERSON:Chiara]] per l'appuntamento."),
    _fr("Accompagnée de sa fille [[PERSON:Amélie]]; {{IRM}} {{genou}}."),
    _fr("Informer son époux [[PERSON:Gérard]] du résultat."),
    _de("Ehefrau [[PERSON:Brigitte]] anwesend, {{Aufklärung}} erfolgt."),
    _de("Rückruf an die Tochter [[PERSON:Svenja]] erbeten."),
    _en("History from his wife [[PERSON:Maureen]]; {{CT}} {{head}}."),
    _en("Carer [[PERSON:Bogdan]] present throughout the scan."),
    # --- name particles ---
    _en("Dear Dr [[PERSON:ap Gwilym]],\nThank you for referring this patient."),
    _en("Referred by Dr [[PERSON:Khalid bin Rashid]], {{respiratory}}."),
    _en("Dr [[PERSON:Omar al-Farsi]] reviewed the {{images}}."),
    _en("Yours sincerely,\n\n[[PERSON:Pieter van der Merwe]] MB ChB FRCR\n{{Consultant Radiologist}}"),
    _de("Zuweisung: Dr. [[PERSON:Clemens von und zu Arco]], {{Orthopädie}}."),
    _en("Dr [[PERSON:João dos Santos]], {{radiology registrar}}."),
    # --- role cue + initial + uncommon surname ---
    _en("Technologist: [[PERSON:R. Yazzie]]\n{{CT}} {{abdomen}} {{pelvis}} with {{contrast}}."),
    _en("Radiographer [[PERSON:K. Tuilagi]]; {{exposure}} {{index}} 1.2."),
    _de("MTRA: [[PERSON:L. Begaye]], {{KM}} 80 ml."),
    _en("Nurse on shift: [[PERSON:T. Fonoti]]. {{IV}} {{access}} {{right}} {{antecubital}}."),
    _fr("TRM [[PERSON:J. Adebayo]], {{injection}} sans incident."),
    # --- patient labels ---
    _en("Beneficiary: [[PERSON:Raymond T. Kealoha]]\nSponsor SSN: [[ID:512-44-9083]]"),
    _en("Member: [[PERSON:Dolores M. Achterberg]]  Plan ID: [[ID:XK4402918]]"),
    _en("Resident: [[PERSON:Agnes P. Winterbottom]], {{portable}} {{chest x-ray}}."),
    _de("Bewohnerin: [[PERSON:Hedwig M. Zangerl]]\n{{Röntgen}} {{Becken}}."),
    _de("Versicherter: [[PERSON:Gottlieb F. Ruckstuhl]]\n{{MRT}} {{LWS}}."),
    _fr("Assuré: [[PERSON:Marcel J. Tschanz]]\n{{Radiographie}} du {{thorax}}."),
    _it("Assicurato: [[PERSON:Ettore G. Quadranti]]\n{{TC}} {{addome}}."),
    # --- keep: Betreff + request compound, Swiss closings ---
    _de("Betreff: {{Kostengutsprachegesuch}} [[PERSON:Hofstetter, Maria]]"),
    _de("Betreff: {{Terminanfrage}} [[PERSON:Zwahlen, Ruth]], geb. [[DATE:02.05.1958]]"),
    _de("{{Freundliche Grüsse}}\n\nDr. med. [[PERSON:U. Kälin]]"),
    _de("{{Mit kollegialen Grüssen}}\n[[PERSON:Beat Rüegg]]"),
    # --- look-alikes ---
    _en("Confirmed by {{ultrasound}}; reviewed by {{radiology}}; given by {{mouth}}."),
    _de("Zugang durch {{Punktion}} von {{dorsal}}, {{Druck}} von {{lateral}}."),
    _fr("Examen réalisé par {{voie}} {{veineuse}}."),
    _de("{{Morbus Bechterew}}, {{Baker-Zyste}} links, {{Spondylitis}} {{ankylosans}}."),
    _en("{{Schatzki ring}}; {{Graves disease}}; {{Hounsfield units}} 40."),
)


# Batch B, written after batch A's changes (other strings of the same classes and a few neighbours), measured once
# when written (tagger on and off alike): recall 0.963, keep 1.000 (27/27), false hits 4 of 30 spans; four of those
# were marking errors (three logins left unmarked, titles inside one span), corrected afterwards: as marked now
# recall 1.000 (PERSON 28/28), 1 false hit ("Bernasconi, Le": the Italian courtesy pronoun read as a given name).
DEV_B: tuple[Snippet, ...] = (
    _en("Study reassigned by [[PERSON:lmcallister]] 14:02; {{priority}} {{routine}}."),
    _de("Bilder importiert durch [[PERSON:pwieshofer]] ({{PACS}}-Import)."),
    _fr("Examen verrouillé par [[PERSON:cvuagniaux]] à 16:40."),
    _en("Dr [[PERSON:H. Oyelaran]]\nDictated [[DATE:2/14/2025]] / transcribed: [[PERSON:mb]]"),
    _de("Mit freundlichen Grüssen\n\nDr. med. [[PERSON:S. Frick]]\n\n[[PERSON:SF]]/[[PERSON:lk]]"),
    _de("OA Dr. [[PERSON:Ferd. Hinterhuber]], {{Unfallchirurgie}}."),
    _en("Discussed with Dr [[PERSON:Geo. Abernethy]] on the ward."),
    _fr("Copie: Dr [[PERSON:J.-M. Pasquier]], {{médecin traitant}}."),
    _it("Spett.le dott. [[PERSON:Bernasconi]], Le inviamo il referto della {{RM}} {{lombare}}."),
    _it("Gentilissima sig.ra [[PERSON:Cattaneo]], l'{{ecografia}} è negativa."),
    _fr("Madame [[PERSON:Grandjean]] se présente pour une {{mammographie}}."),
    _it("Accompagnato dalla moglie [[PERSON:Graziella]]; {{TC}} {{cranio}}."),
    _fr("La patiente est venue avec son fils [[PERSON:Mathieu]]."),
    _de("Begleitung durch Sohn [[PERSON:Florian]], {{Aufklärung}} erfolgt."),
    _en("Collateral history from daughter [[PERSON:Shannon]]."),
    _en("Referred by Dr [[PERSON:Yusuf ibn Hamid]], {{cardiology}}."),
    _en("Kind regards\n\n[[PERSON:Dafydd ab Iorwerth]] MB BCh MRCP\n{{Respiratory Registrar}}"),
    _de("Sehr geehrter Herr Dr. [[PERSON:von der Schulenburg]],"),
    _en("Technologist [[PERSON:A. Manuelito]]; {{DLP}} 412 mGy·cm."),
    _de("MTRA [[PERSON:K. Nwachukwu]], {{Kontrastmittel}} i.v. ohne Komplikation."),
    _en("Member: [[PERSON:Lucille B. Tsosie]]\nGroup: [[ID:88214]]"),
    _de("Bewohner: [[PERSON:Alois J. Gschwandtner]], {{Wohnbereich 2}}."),
    _fr("Bénéficiaire: [[PERSON:Yvette R. Chappuis]]"),
    _de("Betreff: {{Befundanforderung}} [[PERSON:Brändli, Nicole]]"),
    _de("{{Freundliche Grüsse}}\n[[PERSON:Reto Caflisch]]"),
    _en("Injected by {{hand}}; {{contrast}} given by {{pump}}; {{consent}} signed by {{patient}}."),
    _de("{{Druck}} von {{ventral}}, {{Zugang}} durch {{Leiste}}."),
)


# Batch C, written after all of this round's changes, measured once and not tuned on (tagger on and off alike): recall
# 1.000 (DATE 1/1, PERSON 24/24), keep 1.000 (37/37), false hits 0 of 25 spans. Written by the hand that wrote the
# rules, so no blind figure.
DEV_C: tuple[Snippet, ...] = (
    _en("Order status changed to COMPLETE by [[PERSON:bfairweather]] on [[DATE:05/02/2025]]."),
    _de("Dokument signiert von [[PERSON:wpoeschl]] um 17:55 Uhr."),
    _fr("Compte rendu modifié par [[PERSON:ndubuis]], version 2."),
    _en("[[PERSON:Rachel Ndlovu]], {{FRCR}}\n[[PERSON:RN]]/[[PERSON:kt]]"),
    _de("Dr. med. [[PERSON:T. Amrein]]\nTranskription: [[PERSON:jb]]"),
    _de("Kopie an Prof. Dr. [[PERSON:Rud. Lechleitner]], {{Neurochirurgie}}."),
    _en("Dear Dr [[PERSON:Chas. Threlfall]],"),
    _it("Egregio prof. [[PERSON:Vassalli]], Le trasmettiamo l'esito della {{TAC}}."),
    _fr("Chère Madame [[PERSON:Besson]], nous vous remercions."),
    _it("Al colloquio era presente il figlio [[PERSON:Davide]]."),
    _de("Auskunft an den Ehemann [[PERSON:Reinhold]] erteilt."),
    _en("Scan chaperoned by her husband [[PERSON:Desmond]]."),
    _en("Seen with Dr [[PERSON:Iolo ap Dafydd]]; {{MRI}} {{knee}}."),
    _en("Mr [[PERSON:Salman bin Zayed]] attended for {{CT}} {{colonography}}."),
    _de("Sonographie durch MTRA [[PERSON:B. Tjarks]]; {{Leber}} homogen."),
    _en("Radiographer: [[PERSON:N. Waititi]]; {{DAP}} 0.8 Gy·cm²."),
    _en("Policyholder: [[PERSON:Vernon L. Eagleheart]]\n{{CT}} {{sinus}}."),
    _de("Versicherte: [[PERSON:Notburga A. Hechenblaikner]], {{MRT}} {{Knie}}."),
    _it("Assistita: [[PERSON:Albina C. Regazzoni]], {{ecografia}} {{addome}}."),
    _de("Betreff: {{Verlaufskontrolle}} [[PERSON:Gerber, Lukas]]"),
    _de("{{Mit freundlichen Grüssen}}\n\n[[PERSON:Iris Wyss]]\n{{Fachärztin}} {{Radiologie}}"),
    _en("Verified by {{ultrasound}}; {{drain}} placed by {{interventional radiology}}."),
    _de("{{Befund}} von {{kranial}} nach {{kaudal}}, {{Zugang}} durch {{Foramen}} {{ovale}}."),
    _fr("{{Lésion}} visible par {{IRM}}, {{injection}} par {{voie}} {{intraveineuse}}."),
    _it("{{Dolore}} da {{sforzo}}; {{lesione}} trattata da {{ortopedia}}."),
)
