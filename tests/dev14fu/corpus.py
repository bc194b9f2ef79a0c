# ruff: noqa: E501
"""DEV corpus of round 20a: persons in the forms of emergency, migrant, chat and dictation documents (issue 14,
deid-r20a).

Written before reading this round's code and without opening a held-out set, from the classes the lead named
(described misses, new strings): name variants of a person already named (transliterations and spellings after a cue
in brackets, DE/FR/IT/EN), chat and messenger speaker prefixes and names inside the messages, crew and team lists with
roles and initials, relatives and companions by first or family name, nicknames in quotes inside a full name,
uncorrected speech recognition (spoken punctuation, spoken dates and phone digits after a cue), logins in brackets and
HL7 caret names with suffixes, a full name opening a line before a DOB or age. Keep look-alikes: eponyms equal to a
found surname in their clinical use, a language name after "Interpreter:", role nouns without a name, chat-like
clinical lines ("Befund: ..."), spoken numbers that are measurements, quoted clinical words.

Markup as tests/curation/deid/text/corpus_de_en.
Measured once, when written, with the code at the branch point (ddf8ac6), no spaCy (68 excerpts: en 32, de 28, fr 6,
it 2; 94 PHI spans: PERSON 77, PHONE 8, DATE 5, EMAIL 2, AGE 1, ID 1; 135 keep-terms): tagger off recall all 0.553
(PERSON 43/77, PHONE 4/8, DATE 2/5, AGE 0/1), keep 0.985 (133/135: "Graf Typ IIa" after Dr. Graf, "user: radiology"),
false hits 4 of 61 spans; tagger on recall all 0.574 (PERSON 45/77).
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- 1. name variants ---
    _de(
        "Patient [[PERSON:Mehmet Kaplanoglu]] (auch [[PERSON:Kaplanoğlu]] geschrieben), {{CT}} {{Thorax}}: {{Pneumothorax}} rechts."
    ),
    _en("Patient [[PERSON:Selam Gebremedhin]] (alt. [[PERSON:Gebre-Medhin]]), {{CXR}}: {{consolidation}} left base."),
    _en("Referral for [[PERSON:Hanna Tsegaye]] (aka [[PERSON:Hanna Tsegay]]); {{US}} {{abdomen}} normal."),
    _en("Mrs [[PERSON:Olena Petrenko]] (also [[PERSON:Petrenco]]), {{MRI}} {{knee}}: {{meniscal tear}}."),
    _en("Mr [[PERSON:Rajendran Subramaniam]] (known as [[PERSON:Rajan]]), {{CT KUB}}: 4 mm {{calculus}}."),
    _de(
        "Herr [[PERSON:Dmytro Shevchuk]] (im KIS als [[PERSON:Schewtschuk, Dmitri]] angelegt), {{Röntgen}} {{Thorax}}."
    ),
    _de("Frau [[PERSON:Ayşe Demirtaş]] (im Pass: [[PERSON:Ayse Demirtas]]), {{MRT}} {{Schädel}} ohne Befund."),
    _de("Herr [[PERSON:Marek Wiśniewski]] (Verband: [[PERSON:Wisniewski, Marek]]), {{CT}} {{HWS}}."),
    _it("Sig. [[PERSON:Emre Aksoy]] (anche [[PERSON:Aksoi]]), {{TC}} {{cranio}} negativa."),
    _de("Patient [[PERSON:Tharshan Kanagaratnam]] (tamil., auch [[PERSON:Tharsan]]), {{Sonographie}} {{Abdomen}}."),
    _en("[[PERSON:KOVAC, Ivana]] ([[PERSON:Ivana Kovač]]), {{CT}} {{pulmonary angiogram}}: no {{PE}}."),
    _fr("Patient [[PERSON:Abdelkrim Benslimane]] (aussi [[PERSON:Ben Slimane]]), {{IRM}} {{lombaire}}."),
    # --- 2. chat and messenger ---
    _de(
        "[[PERSON:Jonas]]: ist der {{CT}}-Befund von Zi 7 schon da?\n[[PERSON:Miriam]]: ja, {{Lungenembolie}} beidseits."
    ),
    _en(
        "[[PERSON:Anjali R]] 07:52: can you protocol the {{CTPA}}?\n[[PERSON:Tom Becker]] 07:55: done, {{contrast}} booked."
    ),
    _de("[[PERSON:Korbinian Aigner]] 06:48: Übergabe, heute hat Hintergrund [[PERSON:Wieczorek]]."),
    _de("[Teams] [[PERSON:Lea S]] 10:14: bitte ruf [[PERSON:Hofstetter]] unter [[PHONE:3381]] an, {{MRT}} {{Knie}}."),
    _en("[WhatsApp] [[PERSON:Dana Okafor]] 21:03: {{FAST}} negative, going to {{CT}}."),
    _fr("[[PERSON:Mathilde]] : le {{scanner}} du box 3 est fait, appelle [[PERSON:Vuilleumier]] au [[PHONE:4127]]."),
    # --- 3. crews and teams ---
    _de("Team: NA: [[PERSON:Sobczak]], NotSan [[PERSON:K. Haller]]; {{Polytrauma}}, {{CT}} {{Ganzkörper}}."),
    _en("Crew: Paramedic [[PERSON:D. McAllister]], EMT [[PERSON:S. Alvarez]] / Paramedic [[PERSON:L. Tran]]."),
    _en("Echo by physiologist [[PERSON:R. Whitfield]]; {{LVEF}} 55 %."),
    _en("Scrub nurse [[PERSON:Imogen]], {{fluoroscopy}} time 2 min."),
    _de("Hebamme [[PERSON:Ladina]] informiert; {{Sonographie}} {{Fetus}}."),
    _de("Physio [[PERSON:Annina]] ([[EMAIL:annina.b@physio-thun.ch]]) wünscht {{Röntgen}} {{LWS}}."),
    _en("Case worker [[PERSON:Shaniqua]] [[PHONE:(312) 555-0148]]; {{CT}} {{head}} negative."),
    _en("MDT coordinator is [[PERSON:Morag]] [[EMAIL:morag.c@nhs.net]]; {{PET-CT}} booked."),
    # --- 4. relatives and companions ---
    _fr("Épouse [[PERSON:Svitlana]] présente ; {{radiographie}} {{thorax}}."),
    _fr("Accompagné par la famille [[PERSON:Jaquier]] ; {{scanner}} {{cérébral}}."),
    _de("Begleitung: Kind [[PERSON:Luwam]], dolmetscht; {{Röntgen}} {{Hand}}."),
    _fr("Contact : colocataire [[PERSON:Karim]] ([[PHONE:079 412 58 63]])."),
    _en("Contact: roommate [[PERSON:Yonas]] [[PHONE:(646) 555-0193]]; {{CT}} {{abdomen}}."),
    _it("Accompagnata dalla figlia [[PERSON:Blerta]]; {{Rx}} {{femore}}."),
    _de("Sohn [[PERSON:Kittipong]] übersetzt; {{Sonographie}} {{Leber}}."),
    _en("NOK: partner [[PERSON:Agnieszka]] [[PHONE:07700 900417]]; {{MRI}} {{brain}}."),
    _de("Paar: [[PERSON:Nina Weidmann]] (29) und [[PERSON:Lukas Brändle]], {{Auffahrunfall}}."),
    # --- 5. nicknames ---
    _de("Patient [[PERSON:Sebastian „Bastl“ Grubmüller]], {{CT}} {{Schädel}}: {{Kalottenfraktur}}."),
    _en("Patient [[PERSON:Thomas 'TK' Kowalczyk]], {{X-ray}} {{wrist}}: {{scaphoid fracture}}."),
    _en('Child [[PERSON:Isabella "Bella" Marchetti]], {{US}} {{hip}}.'),
    _fr("Patiente [[PERSON:Marie-Claire «Mimou» Dufaux]], {{IRM}} {{genou}}."),
    # --- 6. speech recognition ---
    _en("patient [[PERSON:Gordon Ashby]] period {{CT}} {{chest}} shows no {{PE}} period"),
    _en("dictated by doctor [[PERSON:Fairbrother]] extension [[PHONE:three two seven one]] period"),
    _de("Doktor [[PERSON:Pernegger]] informiert Punkt {{MRT}} {{Knie}} Komma {{Erguss}} Punkt"),
    _de(
        "Frau [[PERSON:Meier]] Strich Schreibweise [[PERSON:Mayr]] Komma geboren am [[DATE:dreizehnten März neunzehnhundertzweiundfünfzig]] Punkt"
    ),
    _en("date of birth [[DATE:June fourth nineteen fifty one]] period {{MRI}} {{lumbar spine}} period"),
    _de("Rückruf unter [[PHONE:null sechs vier drei eins zwei acht]] Punkt"),
    _de("Untersuchung vom [[DATE:vierten November]] Punkt {{Lungenrundherd}} sieben Millimeter Punkt"),
    # --- 7. logins, HL7 ---
    _de("Freigabe (Login [[PERSON:tbrunner]]) um 14:02; {{CT}} {{Abdomen}}."),
    _en("Signed (user: [[PERSON:ajohansson]]); {{CXR}} normal."),
    _en("OBR|1||[[ID:4471]]|{{CT CHEST}}||||||||||||[[PERSON:WHITCOMBE^DUNCAN^^^DR]]"),
    # --- 8. full name opening a line ---
    _en("[[PERSON:Ruby-Jean Caldwell]], DOB [[DATE:14/09/2018]].\n{{US}} {{renal}}: {{hydronephrosis}} grade 2."),
    _de("[[PERSON:Elias Tschopp]], geb. [[DATE:03.11.1961]]\n{{CT}} {{Thorax}}: {{Rundherd}}."),
    _en("Patient name [[PERSON:Oluwaseun Adeyemi]] (known as [[PERSON:Seun]]), {{CT}} {{head}}."),
    # --- keep look-alikes ---
    _en("Dr [[PERSON:Baker]] reviewed; {{MRI}} {{knee}}: {{Baker's cyst}} 3 cm."),
    _en("Mr [[PERSON:Bennett]], {{X-ray}} {{thumb}}: {{Bennett fracture}}."),
    _de("Patient [[PERSON:Ludwig]], {{CT}} {{Hals}}: {{Ludwig-Angina}}."),
    _en("Mr [[PERSON:Colles]] fell; {{X-ray}}: {{Colles fracture}} of the left wrist."),
    _de("Dr. [[PERSON:Graf]] informiert; {{Hüftsonographie}}: {{Graf Typ IIa}} links."),
    _en("Interpreter: {{Tigrinya}}; {{CT}} {{abdomen}}."),
    _de("Dolmetscher: {{Dari}}, {{Röntgen}} {{Thorax}}."),
    _en("{{Scrub nurse}} present; {{fluoroscopy}} 3 min."),
    _de("{{Befund}}: {{Lungenembolie}} beidseits.\n{{Beurteilung}}: {{Rechtsherzbelastung}}."),
    _de("{{Hebamme}} informiert; {{CTG}} unauffällig."),
    _en("Nodule measures seven millimetres period {{Fleischner}} follow-up."),
    _de("{{Kontrastmittel}} (auch {{Gadolinium}} genannt) ohne Reaktion."),
    _en("{{CT}} {{chest}} (also known as {{CTPA}} protocol) negative."),
    _de("{{Zeichen}} „{{Doppelkontur}}“ am {{Knorpel}}."),
    _en("Signed (user: {{radiology}}); {{CXR}} normal."),
    _en("{{Hashimoto}} thyroiditis; {{US}} {{thyroid}}."),
)
