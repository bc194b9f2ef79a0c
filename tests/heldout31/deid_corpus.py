"""Held-out 31: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
20, 24, 25, 27, 28, 29 and 30, the sources of held-out 9's `build_excerpts` / `country` /
`_overlaps` and held-out 8's `Excerpt` / `strip_markup`, the LABELS / COUNTRIES tuples and the
markup pattern, and the runners and floor tests of held-outs 8, 9, 11 and 27). 80 excerpts, 16 each
from DE, AT, CH (8 German, 4 French, 4 Italian), UK and US, written as sites earlier sets leaned on
less would write them: private radiology practices and imaging networks (MVZ, Röntgeninstitut,
Institut, Diagnosezentrum, "Radiologie am ...", brand-named groups, teleradiology exports),
occupational and accident insurance (D-Arzt report F 1000 for a BG and a Unfallkasse, AUVA
accident numbers and Unfallmeldung, Suva UVG / LAA / LAINF claims, UK Industrial Injuries
Disablement Benefit, RIDDOR and personal-injury MedCo instructions, US state workers'
compensation and federal OWCP / FECA), military and police medicine (Bundeswehrkrankenhaus,
Militärspital, Swiss Army recruit school, DMRC Stanford Hall, Walter Reed, NYPD Medical Division;
service, personnel, shield and DoD numbers), prisons and forensic / legal medicine (JVA,
Justizanstalt, Polizeianhaltezentrum, Pöschwies, Champ-Dollon, La Stampa, HMP, CDCR; prisoner,
police case, court file and coroner / medical-examiner numbers, a subpoena), child protection
(Kinderschutzgruppe, Jugendamt, KESB, SPMi, Section 47, CPS), road traffic accidents (plates, a VIN,
an e-bike frame number and an implant serial are IDs), rehabilitation clinics, nursing homes, home
care and mobile X-ray, billing lines (GOÄ, Austrian Kassen positions, TARMED, CCSD, CPT / HCPCS
code lines are keep-terms; IBAN, sort code / account, VAT, UID, tax, TIN, BVR and account numbers
are IDs), invoices and reminders, SMS reminder logs, receptionist-typed referrals and a fax cover.
PHI in national forms (persons of many origins - Portuguese, Greek, Hungarian, Vietnamese,
Somali, Kurdish, Filipino, Hebrew, Polish, Yoruba, Igbo, Fijian, Native American - with and
without titles, ranks or labels, "Surname, Firstname", DICOM caret names, first names alone,
nicknames, logins, relatives, carers, guardians, officers, staff and outside doctors, hyphenated
double surnames, surnames that are also eponyms or words: Caffey, Douglas, Sommer, Sauer, Lamb,
Little Bear; facilities with and without keywords, acronyms, practices, homes, units, police
services, courts, employers; address blocks, inline, accident-place and town-only addresses;
phones, faxes, mobiles, extensions, DSN; IDs of every national kind; dates in numeric, DICOM,
ISO, partial and written forms in four languages; e-mails; URLs; ages over 89). Keep-terms about
as many as the PHI spans and as hard: eponyms and eponymous classifications (Weber, Volkmann,
Garden, Pauwels, Böhler, Frykman, Sanders, Gissane, Bankart, Hill-Sachs, Segond, Chance, Galeazzi,
Salter-Harris, Kleinman, Caffey, Neer, Schatzker, Levine-Edwards, Young-Burgess, Brooker, Ertl,
Terry Thomas, Palmer, Patte, Goutallier, Modic, Pfirrmann, Meyerding, Baastrup, Fredericson,
Kerley, Ghon, Deutschländer, Anderson-D'Alonzo, Judet-Letournel), place-named rules (Canadian
C-Spine, Quebec, NEXUS), anatomy, drugs, devices and scanners, sequences, scores and
classifications, billing codes and amounts, capitalised German nouns, ward and department words,
clock times, young ages, bare years, DICOM attribute names, vendor and product words, lesion
counts and sizes.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ranks and post-nominal credentials, weekdays, ages under 90, bare years
and generic department names outside the spans; for ages over 89 only the number, for extensions
only the digits; a town named as a residence, address, accident place or the place line of a
letter is ADDRESS, as is a town given after a facility's name as its location; a town inside or
directly naming a facility is part of the INSTITUTION; police services, courts, prosecutors,
military units, employers and ambulance services are INSTITUTION; payer / insurer names are
neither PHI nor keep-terms, their claim and member numbers are ID; vehicle registration plates,
VINs and device serial numbers are ID; in DICOM PN values name prefixes after ^^ are outside the
span).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import COUNTRIES, LABELS, Excerpt, build_excerpts, country
from tests.heldout31._at import AT
from tests.heldout31._ch import CH
from tests.heldout31._de import DE
from tests.heldout31._uk import UK
from tests.heldout31._us import US

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]

EXCERPTS: list[Excerpt] = build_excerpts(DE + AT + CH + UK + US)
