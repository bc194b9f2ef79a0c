"""Held-out 28: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
20, 24, 25 and 27, the sources of held-out 9's `build_excerpts` / `Excerpt` / `country` /
`strip_markup` / `_overlaps`, the LABELS / COUNTRIES tuples and markup pattern, and the runners and
floor tests of held-outs 8, 9, 11, 15 and 27). 80 excerpts, 16 each from DE, AT, CH (8 German,
4 French, 4 Italian), UK and US, written as sites earlier sets leaned on less would write them:
emergency departments and trauma rooms (triage notes in Manchester, ESI and Swiss triage, resus
handovers), ambulance and EMS handovers (MIND, ATMIST, ePCR), intensive care (transfer letters,
nursing handovers, progress notes), cardiology and the cath lab (PCI protocols, TAVI work-up,
consent), obstetrics, fetal MRI, gynaecology and fertility (HyCoSy, HSG, pelvimetry, placenta
accreta spectrum), breast-screening programmes (recall letters, lay letters, HL7 triple
assessment), sports and occupational medicine (squad athletes, B reads, accident claims),
maxillofacial and dental imaging (DVT / CBCT / OPG), teleradiology night reads and second-opinion
portals, international and migrant patients (passport, residence-permit, asylum, Ausweis N / F /
S, BRP, A-number and I-94 numbers; Arabic, Turkish, Polish, Ukrainian, Tamil, Tigrinya, Somali,
Chechen, Albanian, Vietnamese names with transliteration variants and names in Arabic script),
interpreters and interpreter services, school and kindergarten contacts. Documents: ED triage
notes, ambulance handovers, discharge and transfer letters, consent forms, cost-approval and
insurance letters (Kostenübernahme, chefärztliche Bewilligung, Kostengutsprache, garantie de
paiement, IFR, prior authorisation), HL7 v2 ORM / ORU segments, portal, Teams, Signal and MyChart
messages, speech-recognition dictations with spoken punctuation and spelled-out dates and numbers.
PHI in national forms (persons with and without titles or labels, "Surname, Firstname",
surname-first without comma, HL7 / DICOM caret names, first names alone, nicknames, logins,
relatives, carers, sponsors, guardians, interpreters, school staff, staff and outside doctors,
surnames that are also eponyms or words: Paget, Cooper, Graf, Bennett, Mondor, Quintero, Dandy,
Le Fort, Killip, Medina, Duke, Eagle, Takayasu, Bell, Parkinson, Fallopian, Winter, Sommer, Fuchs,
Stark, Frey; facilities with and without keywords, acronyms, practices, homes, schools,
kindergartens, clubs, employers, ambulance services, interpreter services; address blocks,
inline, HL7 and town-only addresses; phones, faxes, mobiles, extensions, bleeps, pagers, a phone
number spoken in words; IDs of many national kinds; dates in numeric, DICOM / HL7, ISO, partial,
spoken and written forms in four languages; e-mails; URLs; ages over 89). Keep-terms about as many
as the PHI spans and as hard: eponyms and eponymous criteria, place-named criteria (Manchester,
Canadian C-Spine / CT Head Rule, Stanford, Rotterdam, Lake Louise, Berlin, West Point, Duke),
anatomy, drugs, devices, sequences, scores and classifications, capitalised German nouns, ward and
department words, clock times, young ages, bare years, HL7 field values, vendor and product words,
lesion counts and sizes.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles and post-nominal credentials, ages under 90, bare years and generic
department names outside the spans; for ages over 89 only the number, for extensions only the
digits; a town named as a residence, address, accident place or the place line of a letter is
ADDRESS, as is a town given after a facility's name as its location; a town inside or directly
naming a facility is part of the INSTITUTION; ambulance services are INSTITUTION; payer / insurer
names are neither PHI nor keep-terms, their member numbers are ID; in HL7 / DICOM name values the
prefixes and suffixes after ^^ are outside the span, and in HL7 fields type codes and assigning
authorities are outside the span).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import COUNTRIES, LABELS, Excerpt, build_excerpts, country
from tests.heldout28._at import RAW_AT
from tests.heldout28._ch import RAW_CH
from tests.heldout28._de import RAW_DE
from tests.heldout28._uk import RAW_UK
from tests.heldout28._us import RAW_US

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]

EXCERPTS: list[Excerpt] = build_excerpts(RAW_DE + RAW_AT + RAW_CH + RAW_UK + RAW_US)
