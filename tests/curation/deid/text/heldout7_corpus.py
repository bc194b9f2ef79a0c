"""Held-out corpus 7: German (DE/AT/CH) and English (UK/US) report excerpts with PHI and keep words.

Written for issue 14 before its writer read the scrubber (curation/deid/text/*), to measure it once on
text it was not tuned on. Classes: letters and RIS headers, "Surname, Firstname" without a label,
relatives and contacts, a bare name opening a line before age / ID / DOB, eponym surnames after a person
cue (Mrs. Parkinson, Frau Weber) beside the same eponyms in clinical use, facilities without a
Klinik/Hospital keyword (Radiologie/MVZ/Praxis/Imaging/Diagnostics/Orthopaedics/Pavilion/Care Home/
Surgery), phones (US local 555-01xx, ext./x, German "App."/"Durchwahl", area-code forms, AT/CH/UK),
case numbers and accessions (Fallnr., date-like prefixes), dates in many forms ("(11/2021)", "March
14th", "4.3.", "Jan. 2023", "14-02-2024") and ages over 89. Keep words: eponyms in clinical use,
anatomy, image references ("(Se 5/B 61-64)", "(S7/B22-25)"), drug, device and guideline names, and
capitalised German anatomy/nouns that look like "Surname, Firstname" lines.
Markup as in corpus_de_en.py: ``[[LABEL:text]]`` marks PHI (only the identifying part; facility names
whole), ``{{text}}`` a keep word. Years alone and ages <= 89 are not PHI; times of day are marked
neither way; an age over 89 is marked by its number only. Entries with ``phi="P7x"`` are scrubbed with
that patient's header dictionary (`PHI_HELDOUT7`), spelled as headers spell it.
"""
# ruff: noqa: E501  (whole report lines as RIS exports hold them)

from __future__ import annotations

from curation.vault import PatientPhi
from tests.curation.deid.text.corpus_de_en import Snippet, parse

PHI_HELDOUT7 = {
    "P71": PatientPhi(
        "P71", patient_ids=("40019922",), names=("BRANDSTETTER^HELGA",), birth_dates=("19471104",),
        accessions=("WEI24031900113",), physicians=("Eberhardt^Wolfgang^^Dr. med.",),
        institutions=("Radiologie am Marktplatz",), addresses=("Marktplatz 3, 69469 Weinheim",)),
    "P72": PatientPhi(
        "P72", patient_ids=("CH-771-0093",), names=("Zürcher^Beat Andrea",), birth_dates=("19550620",),
        accessions=("RZS-24-06611",), physicians=("Gasser^Corinne^^Dr. med.",),
        institutions=("Radiologie Zuerichsee",), addresses=("Seestrasse 88, 8810 Horgen",)),
    "P73": PatientPhi(
        "P73", patient_ids=("MRN4471920",), names=("OKAFOR-BELL^ADAEZE^N",), birth_dates=("19720113",),
        accessions=("CRD2405-10093",), physicians=("Lindqvist^Erik^^MD",),
        institutions=("Cedar Ridge Diagnostics",), addresses=("410 Orchard Ave, Dayton, OH 45402",)),
}

_DE: list[tuple[str, str | None]] = [
    ("""[[INSTITUTION:Radiologie am Marktplatz]] · [[ADDRESS:Marktplatz 3, 69469 Weinheim]] · Tel. [[PHONE:06201 98 76-0]]
Herrn Dr. med. [[PERSON:Wolfgang Eberhardt]], Facharzt für Innere Medizin
Betr.: [[PERSON:Brandstetter, Helga]], geb. [[DATE:04.11.1947]]
MRT der LWS vom [[DATE:19.03.2024]]: Osteochondrose {{L4/5}} mit {{Modic I}}-Veränderungen, keine Spinalkanalstenose.""", "P71"),
    ("""Sehr geehrter Herr Kollege [[PERSON:Eberhardt]],
wir berichten über Ihre Patientin Frau [[PERSON:Brandstetter]], die sich am [[DATE:19.3.]] bei uns vorstellte.
Beurteilung: Keine Fraktur. {{Baastrup}}-Phänomen {{L3/4}}. Weiter mit {{Ibuprofen}} nach Bedarf.""", "P71"),
    ("""[[PERSON:Yılmaz, Deniz]] * [[DATE:22.8.1991]]   Fallnr. [[ID:24-1187402]]
CT Thorax mit KM ({{Imeron 350}}, 80 ml): Subsegmentale Lungenembolie re. Unterlappen {{(Se 5/B 61-64)}}.
Keine Rechtsherzbelastung. Beginn {{Apixaban}} empfohlen.""", None),
    ("""Fremdanamnese über den Ehemann [[PERSON:Rüdiger Pfannkuch]] (erreichbar unter [[PHONE:0151 22 90 41 87]]), Pat. nicht kontaktfähig.
CTA Kopf/Hals: Verschluss der {{A. basilaris}} im mittleren Drittel. Keine Frühzeichen im Hirnstamm, {{pc-ASPECTS 9}}.""", None),
    ("""[[PERSON:Waltraud Obermeier-Zach]], [[AGE:93]] J., Übernahme aus dem Pflegeheim
Röntgen Hüfte li. in 2 Ebenen: Pertrochantäre Femurfraktur links ({{AO 31-A2}}). Ausgeprägte Coxarthrose beidseits.""", None),
    ("""Patientin: [[PERSON:Weber, Roswitha]], geb. [[DATE:30.01.1952]], Pat.-Nr. [[ID:5504127]]
Röntgen OSG re.: Schrägfraktur der Fibula auf Höhe der Syndesmose, {{Weber B}}. Kein {{Maisonneuve}}-Befund.""", None),
    ("""Befund an Frau [[PERSON:Parkinson]] (Stationsärztin) telefonisch durchgegeben, Dienstag, [[DATE:07.05.2024]], 16:40 Uhr.
Bekannter {{Morbus Parkinson}}, DaTSCAN vom ([[DATE:11/2021]]) auswärts. MRT Schädel: Keine Raumforderung.""", None),
    ("""Voraufnahmen aus dem [[INSTITUTION:MVZ Neckartal]] vom [[DATE:4.3.]] lagen vor (CD, [[INSTITUTION:Diagnostikzentrum Rosenhöhe]]).
MRT Knie li.: Horizontalriss Innenmeniskushinterhorn. {{Hoffa}}-Fettkörper ödematös. {{Baker-Zyste}} {{2,4 cm}}.""", None),
    ("""Zuweiser: [[INSTITUTION:Orthopädie am Rosengarten]], Dr. [[PERSON:Konstantin Lehr]], Fax [[PHONE:0711 / 64 88 21-9]]
MRT Schulter re.: Ruptur der {{Supraspinatussehne}} Grad III nach {{Bateman}}. {{Bankart}}-Läsion nicht abgrenzbar.""", None),
    ("""Rückfragen gerne unter [[PHONE:06221 56-7730]] oder über die Zentrale, App. [[PHONE:4418]].
Terminvergabe Kontrolle: Sekretariat Fr. [[PERSON:Jeschke]], Durchwahl [[PHONE:-2235]].
Beurteilung: {{Bosniak IIF}}-Zyste der linken Niere, Kontrolle in 6 Monaten.""", None),
    ("""{{Leber, Gallenblase}}: Regelrecht. {{Milz}}, {{Pankreas}}: Unauffällig.
{{Niere, links}}: Zyste {{Bosniak I}} am Unterpol, 14 mm. {{Nebennieren}} schlank, kein Anhalt für {{Morbus Addison}}.
Befundet: Dr. [[PERSON:Sabine Kolbinger]], Mi, [[DATE:15.05.24]]""", None),
    ("""Patient: [[PERSON:Kemal Aydoğdu]] | Aufnahme-Nr.: [[ID:A2024-009817]] | Auftrag: [[ID:20240513-0227]]
Untersuchung: CT Abdomen mit KM, [[DATE:13.05.2024]]
Befund: Perforierte Sigmadivertikulitis ({{Hansen-Stock IIb}}), Abszess {{3,1 cm}} {{(Se 4/B 88)}}.""", None),
    ("""Z.n. {{Hartmann-Operation}} [[DATE:Jan. 2023]] bei perforierter Divertikulitis.
Pat. wird von Tochter [[PERSON:Melanie Vogt]] begleitet. Jetzt CT vor Rückverlagerung: Rektumstumpf intakt, keine Fistel.""", None),
    ("""Mit freundlichen kollegialen Grüßen
PD Dr. med. [[PERSON:Henrike Salzbrenner]]          Dr. med. [[PERSON:Ole Frerichs]]
Leitende Oberärztin                              Assistenzarzt
[[INSTITUTION:Radiologie Hafenstraße]] im [[INSTITUTION:Herzzentrum Elbtal]]""", None),
    ("""Vergleich mit Vor-CT aus dem [[INSTITUTION:Herzzentrum Lindwurm]] vom [[DATE:14-02-2024]]: Zunehmender Perikarderguss.
Z.n. {{MitraClip}}-Implantation, {{Watchman}}-Okkluder in regelrechter Lage. {{Impella}} entfernt.""", None),
    ("""Versicherter: [[PERSON:Hämmerle, Ottokar]]   KV-Nr.: [[ID:T480221376]]   Geb.: [[DATE:9.2.1934]] ([[AGE:90]] J.)
Röntgen Thorax: Herzschrittmacher ({{Medtronic Micra}}) regelrecht. Pleuraerguss rechts.""", None),
    ("""Kind [[PERSON:Finja Albrecht]], 4 Jahre, Begleitung durch die Großmutter [[PERSON:Gisela Albrecht]].
Sono Abdomen: Invagination ileokolisch, {{Kokardenphänomen}} im rechten Oberbauch. {{Meckel}}-Divertikel nicht darstellbar.""", None),
    ("""Praxis Dr. [[PERSON:Tiefenbrunner]] & Kollegen, Radiologie, [[ADDRESS:Wiedner Hauptstraße 54, 1040 Wien]]
Pat.: [[PERSON:Dvořák, Ludmila]], SVNR [[ID:4471 120358]]
Mammographie bds. [[DATE:12.März 2024]]: {{ACR B}}, kein Herdbefund, {{BI-RADS 2}}. Nächste Kontrolle {{Screening}} in 2 Jahren.""", None),
    ("""Befund vom [[DATE:3. Juni 2024]] – Pat. [[PERSON:Primus Gruber]], [[AGE:95]]-jährig, aus dem [[INSTITUTION:Haus Sonnwend]] (Pflegeheim)
CT Schädel: Chronisches Subduralhämatom rechts {{12 mm}}, Mittellinienverlagerung {{4 mm}}.""", None),
    ("""[[PERSON:Zürcher Beat]], [[DATE:20.06.55]], Pat.-ID [[ID:CH-771-0093]]
Auftrag [[ID:RZS-24-06611]], zuw. Ärztin Dr. med. [[PERSON:C. Gasser]], [[INSTITUTION:Radiologie Zürichsee]], [[ADDRESS:Horgen]]
MRT LWS: Spondylolisthesis {{L5/S1}} {{Meyerding I}}. Keine Nervenwurzelkompression.""", "P72"),
    ("""Herr [[PERSON:Zürcher]] wurde informiert; seine Lebenspartnerin [[PERSON:Andrea Gisler]] ist als Kontaktperson hinterlegt ([[PHONE:079 412 55 81]]).
Empfehlung: Physiotherapie, {{Ibuprofen}} bei Bedarf, Verlaufskontrolle nur bei Progredienz.""", "P72"),
    ("""Untersuchung: MRT Becken, [[DATE:2. Mai 2024]], Auftragsnr. [[ID:2405020118]]
Klinik: V.a. {{Morbus Crohn}} mit perianaler Fistel. Befund: Transsphinktäre Fistel bei 6 Uhr SSL ({{Parks}} Typ II), Abszess {{15 mm}}.
Therapie mit {{Adalimumab}} seit [[DATE:Oktober 2023]] lt. Zuweiser.""", None),
    ("""Betreff: Ihr Patient [[PERSON:Barrett, Jonas]] (geb. [[DATE:11.10.1978]])
ÖGD-Befund auswärts: {{Barrett-Ösophagus}} ({{Prag C2M4}}). CT Thorax/Abdomen: Kein Tumornachweis, keine Lymphome.""", None),
    ("""Konsil Gefäßchirurgie Dr. [[PERSON:Albers]], [[ADDRESS:Stuttgart-Bad Cannstatt]], Tel. [[PHONE:0711 5094 332]]
Duplex Becken-Bein-Arterien: Verschluss der {{A. femoralis superficialis}} li. (Stadium {{Fontaine IIb}}).
Diktat: [[PERSON:MKr]]/[[PERSON:sl]]""", None),
    ("""Ergänzung vom [[DATE:16.5.2024]]: Auf Nachfrage von Frau [[PERSON:Addison-Wurm]] (Angehörige) nochmals erläutert.
{{Cushing}}-Syndrom als Ursache der Osteoporose möglich; Nebennieren ohne Adenom.""", None),
    ("""[[PERSON:Ferhat Demirci]], geb. [[DATE:01.04.1966]], Fall [[ID:7003918845]]
Röntgen Thorax liegend: ZVK über V. jugularis interna re., Spitze in der {{V. cava superior}}. {{PICC}} li. unverändert. Kein Pneumothorax.""", None),
    ("""Angehörige/Bevollmächtigte: Nichte [[PERSON:Svenja Kuhlmann]], [[ADDRESS:Lindenallee 14, 48149 Münster]], Tel. [[PHONE:0251 83-5512]]
Pat. [[PERSON:Irmgard Kuhlmann]], [[AGE:97]] Jahre. Röntgen Thorax: Stauungszeichen, beidseitige Ergüsse.""", None),
    ("""Kopie an: Dr. [[PERSON:Wilson]], [[INSTITUTION:Hausarztpraxis am Südring]]
Nebenbefund: Kupferspeicherung unwahrscheinlich, kein Hinweis auf {{Morbus Wilson}}. {{T2}}-Signal der Basalganglien normal.""", None),
    ("""RIS: [[ID:RAD-2024-118820]] | Eingang [[DATE:21.05.2024]] 07:58 | MTRA [[PERSON:Kowalski]]
CT HWS: Fraktur des Dens axis ({{Anderson}} Typ II). {{Jefferson}}-Fraktur nicht nachweisbar.""", None),
    ("""Vorbefund aus der [[INSTITUTION:Radiologie Zentrum Stubaital]] (Dr. [[PERSON:Achleitner]]) vom [[DATE:28.02.2024]].
Im Vergleich Größenprogredienz der Raumforderung im {{Segment VII}} von 18 auf {{24 mm}} {{(S7/B22-25)}}.""", None),
    ("""Bitte um Rückruf an Herrn [[PERSON:Graves]] ([[PHONE:+41 61 265 25 25]]) bzgl. Terminverschiebung.
Szintigraphie: Diffus gesteigerte Aufnahme, vereinbar mit {{Morbus Basedow}} ({{Graves' disease}}).""", None),
    ("""Nachtrag vom [[DATE:23.5.]]: Fallnummer korrigiert auf [[ID:3004418792]], Patientin [[PERSON:Selin Karaca]], [[DATE:14.12.1988]].
Schwangerschaft ausgeschlossen ({{ß-HCG}} negativ). Gabe von {{Gadovist}} 7,5 ml ohne Komplikationen.""", None),
    ("""{{Hals}}: Lymphknoten level {{IIa}} re. {{11 mm}}, fettiges Hilum. {{Thorax}}, {{Becken}}: keine Auffälligkeiten.
Frau [[PERSON:Kopf]] wurde über das Ergebnis informiert. Kontrolle in 3 Monaten nach {{Fleischner}}-Kriterien nicht erforderlich.""", None),
    ("""Einweisung durch den Notarzt, [[INSTITUTION:Rettungswache Talheim]], Einsatz-Nr. [[ID:2024-0513-0881]]
[[PERSON:Lukas Bräuninger]] ([[DATE:07.07.2001]]), Motorradunfall.
Polytrauma-CT: Milzlazeration {{AAST Grad III}}, Rippenserienfraktur li. 4–8. {{FAST}} positiv.""", None),
    ("""Wien, am [[DATE:17. Mai 2024]]
Sehr geehrte Frau Kollegin Dr. [[PERSON:Pichlmayr]]!
Wir danken für die Zuweisung von Herrn [[PERSON:Leopold Wallner]] ([[AGE:94]]a), [[INSTITUTION:Pensionistenwohnhaus Rudolfsheim]].
Sonographie Abdomen: Gallenblasenhydrops, {{Courvoisier}}-Zeichen positiv. DHC {{11 mm}}.""", None),
    ("""Hausarzt: Dr. med. [[PERSON:Reto Caflisch]], [[INSTITUTION:Gruppenpraxis Surselva]], [[PHONE:081 925 12 40]]
[[PERSON:Cadonau, Ursina]], [[DATE:8.9.1949]], Fall [[ID:24/0082217]]
CT Thorax: Pleuraplaques beidseits, keine Asbestose. Empfehlung gemäss {{Suva}}-Richtlinie.""", None),
]

_EN: list[tuple[str, str | None]] = [
    ("""[[INSTITUTION:Cedar Ridge Diagnostics]] | [[ADDRESS:410 Orchard Ave, Dayton, OH 45402]] | Phone [[PHONE:(937) 555-0183]]
Patient: [[PERSON:Okafor-Bell, Adaeze N.]]   MRN: [[ID:MRN4471920]]   DOB: [[DATE:01/13/1972]]
Accession: [[ID:CRD2405-10093]]   Referring: [[PERSON:Erik Lindqvist]], MD""", "P73"),
    ("""Findings were discussed with Dr. [[PERSON:Lindqvist]] by phone on [[DATE:May 9th]] at 2:15 pm.
Ms. [[PERSON:Okafor-Bell]]'s husband, [[PERSON:Chidi Bell]], was present and asked for a copy.
IMPRESSION: {{BI-RADS 4A}} mass left breast 2 o'clock, {{9 mm}}. Ultrasound-guided biopsy recommended.""", "P73"),
    ("""RE: [[PERSON:Pemberton, Alistair]]
DOB [[DATE:3 Feb 1931]] ([[AGE:93]])   NHS No [[ID:943 476 5870]]
Dear Dr [[PERSON:Hughes]], thank you for referring this gentleman to [[INSTITUTION:Millbrook Surgery]]'s direct-access service.""", None),
    ("""[[PERSON:Rosalind Achterberg]] | MRN [[ID:00617734]] | [[AGE:92]] y/o F
CT head w/o contrast: Acute left subdural hematoma, {{8 mm}}, no midline shift. Small vessel ischemic change.""", None),
    ("""Contact: daughter-in-law [[PERSON:Priya Venkatesh]], [[PHONE:555-0119]]; son [[PERSON:Aaron Molloy]] (cell [[PHONE:614-555-0172]]).
History: fall at home, on {{Eliquis}}. CT cervical spine: No acute fracture. {{DISH}} changes C4-C7.""", None),
    ("""Mrs. [[PERSON:Edith Addison]], [[AGE:91]]-year-old female, presents from [[INSTITUTION:Willow Brook Care Home]].
CXR: Right lower lobe consolidation. Known {{Addison's disease}} on {{hydrocortisone}}; adrenals not imaged.""", None),
    ("""Prior study: MRI lumbar spine ([[DATE:03/2023]]) performed at [[INSTITUTION:Northgate Orthopaedic Associates]].
Findings: {{Schmorl}} nodes at L1 and L2. Disc extrusion {{L4-5}} contacting the traversing L5 nerve root {{(series 7, image 14)}}.""", None),
    ("""ACCESSION #: [[ID:20240611-00371]]   EXAM: MRI BRAIN W/WO   ORDERED BY: [[PERSON:Dana Whitcombe]], NP
CLINICAL: Headache. Last MRI on [[DATE:November 21st]] at [[INSTITUTION:Blue Heron Imaging]].
FINDINGS: {{Chiari I}} malformation, tonsillar descent {{7 mm}}.""", None),
    ("""For scheduling call [[PHONE:800-555-0142]] ext. [[PHONE:3307]] or page the reading room at x[[PHONE:6612]].
IMPRESSION: {{Lung-RADS 4A}} nodule RUL, {{(Se 3/Im 201)}}. PET/CT recommended per {{ACR}} guidance.""", None),
    ("""Member: [[PERSON:Castellanos, Ruben J.]]   Member ID: [[ID:WHP883310274]]   Group: [[ID:00471]]
Authorization for CT abdomen/pelvis obtained [[DATE:4/18/24]]. Findings: {{Crohn}} disease of the terminal ileum with {{comb sign}}.""", None),
    ("""Mr. [[PERSON:Graham Paget]] attended for pelvic radiograph on Tuesday [[DATE:14th May]].
Findings: Cortical thickening and coarse trabeculae in the left hemipelvis, consistent with {{Paget's disease}} of bone. No fracture.""", None),
    ("""History per the patient's partner, [[PERSON:Jolene Sutter]] (mobile [[PHONE:07700 900458]]), as patient is confused.
CT head: {{Dandy-Walker}} variant, incidental. No acute intracranial abnormality.""", None),
    ("""Outside images from [[INSTITUTION:Riverside Diagnostic Partners]] dated [[DATE:Jan 5, 2024]] reviewed (CD uploaded by [[PERSON:T. Nakamura]], film library).
Interval growth of the right renal mass from {{2.8}} to {{3.4 cm}}, {{Bosniak 2019}} class IV.""", None),
    ("""[[PERSON:Fitzgerald, Siobhan]] — [[DATE:27/04/1960]] — Hosp No [[ID:K4471203]]
XR left wrist: Distal radius fracture with dorsal tilt ({{Colles}}). {{Smith}}-type component absent. Ulnar styloid intact.""", None),
    ("""Emergency contact: [[PERSON:Marcus Delacroix-Hale]] (brother) [[PHONE:312-555-0126]]
Patient [[PERSON:Yvette Delacroix]] is a [[AGE:96]] year old woman with hip pain after a fall on the [[DATE:2nd of June]].
XR: Subcapital fracture right femoral neck, {{Garden IV}}.""", None),
    ("""Images reviewed at the request of Dr. [[PERSON:Parkinson]], [[INSTITUTION:Maple Grove Medical Pavilion]].
MRI brain: Mild generalized volume loss. No features to suggest {{multiple system atrophy}}; appearances compatible with idiopathic {{Parkinson's disease}}.""", None),
    ("""Report cc'd to: [[PERSON:Hollis, Grant]], PA-C; [[INSTITUTION:Summit Orthopedic Group]], Suite 210
CT right ankle: {{Lisfranc}} injury with diastasis between C1 and M2 bases, {{3 mm}}. {{Jones}} fracture absent.""", None),
    ("""CLINICAL HISTORY: [[AGE:94]]M, DNR/DNI, from [[INSTITUTION:Oakhaven Veterans Home]]; HCP is niece [[PERSON:Bernadette Ruiz]].
CTA chest: No PE. Small right effusion. {{Port-a-Cath}} tip at the cavoatrial junction.""", None),
    ("""Dictated by: [[PERSON:Harriet Ngozi-Palmer]], MD  [[DATE:06.13.2024]] 11:42
Transcribed by: [[PERSON:lmcbride]]   Signed: [[DATE:June 13, 2024]]
{{RECIST 1.1}}: target lesions sum {{54 mm}} (baseline 71 mm), partial response.""", None),
    ("""Mr. [[PERSON:Baker]] ([[PERSON:Lionel Baker]], MRN [[ID:2209-5514]]) returned for repeat knee ultrasound.
A {{Baker's cyst}} measuring {{4.1 x 1.9 cm}} is again seen, with no evidence of rupture. Popliteal vein compressible.""", None),
    ("""Study: US carotids   Date: [[DATE:Oct. 8, 2023]]   Visit: [[ID:V24-117-0045]]
Reading physician: [[PERSON:Whitaker, Olumide]], DO   Sonographer: [[PERSON:Kenna]] RDMS
Findings: {{NASCET}} <50% stenosis bilaterally. Vertebral flow antegrade.""", None),
    ("""Ms. [[PERSON:Hodgkinson]] asked that results be sent to her oncologist at [[INSTITUTION:Tri-County Hematology]] (fax [[PHONE:555-0190]]).
PET/CT: Complete metabolic response, {{Deauville 2}}, in this patient with classical {{Hodgkin lymphoma}} ({{Lugano}} criteria).""", None),
    ("""Consultant: Dr [[PERSON:Morag Kinnaird]]   Requested by: [[INSTITUTION:Kelvinside Medical Practice]]
[[PERSON:Duncan MacPhail]], [[AGE:90]] yrs, CHI [[ID:1101340226]]
CT colonography: {{Hartmann's procedure}} stump intact. Sessile polyp {{11 mm}} in the caecum ({{supine image 212}}).""", None),
    ("""CORRECTED REPORT [[DATE:2024-06-19]]: The prior comparison study was from [[DATE:02/2022]], not [[DATE:02/2021]].
Requesting clinician [[PERSON:Bell, Theodora]] notified via secure message by [[PERSON:R. Oyelaran]].
No change: {{Bell's palsy}} history noted; facial nerve enhancement resolved.""", None),
    ("""US-guided thyroid FNA [[DATE:4/2/24]] for [[PERSON:Xiomara Bustamante-Reyes]], Acct# [[ID:100004417632]].
Nodule left lobe {{TI-RADS 4}}, {{1.6 cm}}, {{Bethesda}} category pending. Patient instructed to call [[PHONE:(505) 555-0134]] with questions.""", None),
    ("""[[INSTITUTION:Sunnybrook Way Imaging Center]] / [[INSTITUTION:Lakeshore Vascular]] joint read
Pt: [[PERSON:Wojciechowski, Teodor]]   Age: [[AGE:99]]   Sex: M
Aortic aneurysm {{5.8 cm}}, infrarenal. Suitable for {{EVAR}} per {{SVS}} criteria.""", None),
    ("""Per discussion with the patient's guardian, [[PERSON:Sean Mulrooney]], sedation was declined.
MRI brain (pediatric) for [[PERSON:Keeva Mulrooney]], 6 y: {{Arnold-Chiari}} type I ruled out. {{Gadavist}} not administered.""", None),
    ("""Letter to GP, [[INSTITUTION:Ashgrove Family Practice]], [[ADDRESS:22 Quarry Road, Leeds LS6 2RT]]
Re: Mrs [[PERSON:Maureen Ackroyd]], [[DATE:12.09.1930]], NHS [[ID:401 223 8875]], hospital number [[ID:RR8-0046713]]
Her son [[PERSON:Keith]] rang the department on [[DATE:28 May]]; please refer via the {{NICE NG12}} pathway if symptoms persist.""", None),
    ("""Tech note: contrast {{Omnipaque 350}} 100 mL via 20G R AC. Patient [[PERSON:Beaumont, Clarice]] tolerated well.
Scanner: {{Siemens SOMATOM Force}}. Reader [[PERSON:Abernathy]], MD, pager [[PHONE:4-0231]], read on [[DATE:March 30th]].
{{Fleischner}} 2017: solid nodule {{5 mm}}, no follow-up needed.""", None),
]

HELDOUT7: tuple[Snippet, ...] = (*(parse("de", text, phi) for text, phi in _DE),
                                  *(parse("en", text, phi) for text, phi in _EN))
