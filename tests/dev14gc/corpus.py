# ruff: noqa: E501
"""DEV corpus of fix round 24b: person and institution misses, keep losses and over-redaction of outpatient,
community and administrative text (issue 14, deid-fix24b).

Written before reading this round's modules, from the classes of the misses of the RETIRED held-outs 35 and 36
(listed with tests/dev14ga/retired_misses.py; none of their strings is used here): 1. interpreters and their
services in consent forms (the service after the interpreter's name or ID, a lone given name of a telephone
interpreter); 2. nicknames in quotes after or before a named person ("known as", „…“ (Name)); 3. a lone given name
after a staff role or before a desk ("Praxisassistentin <Given>", "the SLT, <Given>, will attend", "<Given>,
<desk> bookings"); 4. UK ambulance services by their acronym after a conveyance cue; 5. generic services, courts
and offices that are no PHI (keep-terms: "Betreuungsgericht", "Hauskrankenpflege", "Patientenadministration",
"Patient Advice and Liaison Service", "Information Governance", "e-Referral Service").
Look-alikes that must stay: languages and media after "Interpreter", quoted clinical words, roles without a name,
"conveyed by ambulance", patient transport words.

Markup as tests/curation/deid/text/corpus_de_en. Measured once, when written, with the code at the branch point
(2a14d81), no spaCy: see the docs section "Report text: round 24b fixes (deid-fix24b)" in docs/deid.md.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr

DEV: tuple[Snippet, ...] = (
    # --- 1. interpreters and their services ---
    _de(
        "{{Aufklärung}} {{Kontrastmittel}}, Dolmetscher (türkisch): [[PERSON:Emre Yıldırım]], [[INSTITUTION:Dolmetschpool Niederrhein]]"
    ),
    _de(
        "Dolmetscherin (arabisch) per Video: [[PERSON:Rana Haddad]], Vermittlung [[INSTITUTION:SprachMittler Leipzig]]; {{Einwilligung}} erteilt."
    ),
    _en(
        "Interpreter (Romanian, telephone): [[PERSON:Ioana]], interpreter ID [[ID:TL-40917]], [[INSTITUTION:TalkBridge]]"
    ),
    _en(
        "Interpreter: [[PERSON:Karim Mansour]], ID #71023, video ([[INSTITUTION:VoxConnect]]); witness: [[PERSON:Holly Brennan]], RN"
    ),
    _fr(
        "Interprète communautaire (tigrinya) : [[PERSON:Senait Tesfaye]], [[INSTITUTION:Interprétariat Appartenances Lausanne]]"
    ),
    _en(
        "Interpreter (Urdu, in person): [[PERSON:Farah]], [[INSTITUTION:Pennine Language Services]]; {{consent}} for {{contrast}}."
    ),
    # look-alikes: languages, media, the word interpreter alone
    _en("Interpreter (Polish, telephone) declined by the patient; {{consent}} in English."),
    _de("Dolmetscher (russisch) nicht erforderlich, {{Aufklärung}} auf Deutsch."),
    _en("Interpreter: not required. {{Witness}}: none."),
    # --- 2. nicknames in quotes ---
    _de("Trainer: „[[PERSON:Jogi]]“ ([[PERSON:Joachim Brandner]]), {{Sportverletzung}} {{Knie}} rechts."),
    _en("Resident: [[PERSON:Winifred Ashcombe]] (known as '[[PERSON:Winnie]]'), {{Clinical Frailty Scale}} 6."),
    _en("Patient [[PERSON:Bartholomew Quince]] (prefers '[[PERSON:Bart]]') attended for {{DEXA}}."),
    _de("Bewohner [[PERSON:Friedhelm Auer]], genannt „[[PERSON:Friedl]]“, {{Sturz}} aus dem Bett."),
    # look-alikes: quoted clinical words after a name
    _en("Resident [[PERSON:Mabel Thorne]] (known as 'frequent faller'), {{hip protectors}} in use."),
    _de("Befund „{{unauffällig}}“ ({{Vorbefund}}), {{Kontrolle}} in 6 Monaten."),
    _en("Sign: 'string of pearls' ({{small bowel}}), no {{free gas}}."),
    # --- 3. a lone given name after a staff role or before a desk ---
    _de("Die {{CD}} liegt an der {{Anmeldung}} bereit, Medizinische Praxisassistentin [[PERSON:Corinne]]."),
    _en("{{Videofluoroscopy}} on Tuesday; the SLT, [[PERSON:Eilidh]], will attend. {{Nil by mouth}} 2 hours."),
    _en("Reply: slot offered 12/03 14:10. [[PERSON:Gwenllian]], {{MRI}} bookings, ext 4412"),
    _de("Rückfragen an MFA [[PERSON:Svenja]] am {{Empfang}}; {{Überweisung}} liegt vor."),
    _en("Our physio, [[PERSON:Tamsin]], has reviewed the {{exercise plan}}."),
    # look-alikes: roles before clinical words, desks without a name
    _en("The SLT, after review, advises {{thickened fluids}}; {{MRI}} bookings closed."),
    _de("Praxisassistentin informiert, {{Termin}} verschoben."),
    _en("Reply: booked. Radiology bookings, {{ext}} 4413."),
    _en("Our physio has reviewed the {{MRI}}; {{physiotherapy}} continues."),
    # --- 4. UK ambulance services after a conveyance cue ---
    _en("{{DNACPR}} in place. Conveyed by [[INSTITUTION:NWAS]] to the {{ED}}."),
    _en("Discharge home; transport booked with [[INSTITUTION:EMAS]] for 14:00."),
    _en("Fall at home, brought in by [[INSTITUTION:SECAmb]] crew, {{CT head}} requested."),
    # look-alikes: the cues without a service
    _en("Conveyed by {{ambulance}} to the {{ED}}; {{PTS}} booked for return."),
    _en("Transport booked with {{patient transport}}; {{wheelchair}} needed."),
    _en("Brought in by {{paramedics}}, {{GCS}} 14."),
    # --- 5. generic services, courts and offices: keep-terms ---
    _de("Betreuer ({{Betreuungsgericht}}): [[PERSON:Jörg Wittenbrink]], {{Aufgabenkreis}} Gesundheitssorge."),
    _de("{{Hauskrankenpflege}} [[INSTITUTION:Volkshilfe Steyr]], {{Wundversorgung}} täglich."),
    _de(
        "Freundliche Grüsse, [[PERSON:Sabrina Imhof]], Leiterin {{Patientenadministration}}, [[INSTITUTION:Spital Thusis]]"
    ),
    _en("Thank you for contacting the {{Patient Advice and Liaison Service}} about the delay."),
    _en("Processed by {{Information Governance}}, [[PERSON:Gareth Pryce]], {{subject access request}}."),
    _en("{{e-Referral Service}} – {{Referral Letter}} for {{MRI}} {{knee}}."),
    _de("Kopie an den {{Sozialdienst}} und die {{Pflegedienstleitung}}."),
)
