"""Held-out 35: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
20, 24, 25, 27, 29, 30, 31, 32, 33 and 34, the sources of held-out 9's `build_excerpts` / `country`
/ `_overlaps` and held-out 8's `Excerpt` / `strip_markup` / LABELS / markup pattern, held-out 9's
COUNTRIES, the import lines of held-outs 15 and 27, and the runners and floor tests of held-outs 9,
11 and 27; a printout meant to show held-out 9's module header showed its first three and last two
excerpts by accident, which were not reused). 80 excerpts, 16 each from DE, AT, CH (8 German,
4 French, 4 Italian), UK and US, written along the outpatient, community and administrative paths
into the RIS: GP and specialist referral forms (Muster 6, Kassen-Zuweisung, Swiss Zuweisung and
richiesta d'esame, NHS e-Referral Service, US prior authorisation), physiotherapy, FCP and MSK
triage notes, home-care and community-nursing notes (Pflegedienst, Hauskrankenpflege, Spitex, CMS,
district nursing, US home health), nursing-home transfer sheets (Überleitungsbogen, Red Bag, SNF),
school, sports-club and occupational-health screening requests (ArbMedVV, VGÜ, CAR 2012, NIOSH B
reads), appointment letters, SMS / e-mail / portal reminders and rescheduling notes, RIS comments,
patient complaints and their answers (Qualitätsmanagement, Ombudsstelle, PALS, US grievances),
consent forms with interpreter and witness lines, billing and cost-approval correspondence (GOÄ,
EBM / Kostenübernahme, chefärztliche Bewilligung, Wahlarzt-Honorarnote, TARMED / TARDOC,
contestation de facture, UK private pre-authorisation, US adverse determination and ABN), CD and
image release requests (DSGVO, Subject Access Request, HIPAA authorisation, DVD copies, share
links), records transfers between practices (KIM, Aktenübergabe, IEP, fax covers) and DICOM import
logs.
PHI in national forms (persons with and without titles or labels, "Surname, Firstname",
surname-first without comma, DICOM caret names, first names alone, nicknames, logins and a Visum,
relatives, carers, guardians and adult representatives, interpreters, witnesses, staff and outside
doctors, surnames that are also eponyms or ordinary words: Garden, Winter, Fuchs, Engel, Kurz,
Ochs, Moser, Zürcher, Bell, Hawkins, Addison, Marsh, Finch, Bright, Lowe, Pike; facilities with and
without keywords, acronyms (SAVD, HUG, CMS, YAS, WAST, LKH, AMZ), practices, homes, clubs, schools,
employers, interpreter services, law firms; address blocks, inline, town-only and postcode
addresses; phones, faxes, mobiles, extensions (DW, ext, x), SMS numbers; IDs: Versichertennummer,
BSNR, LANR, KVNR, Beihilfe, PID, Akz., appointment and booking numbers, SVNR / VSNR, approval
numbers, IBAN, GLN, AHV / AVS, Swiss insurance card, IPP, invoice numbers, UBRN, NHS, CHI, H&C,
NI number, MRN, hospital numbers, PALS and SAR refs, member, group, case and authorisation numbers,
NPI, Medicare MBI, SSN tails, VA referral numbers, identity-card numbers; dates
in numeric, DICOM, ISO, partial and written forms in four languages; e-mails; URLs; ages over 89).
Keep-terms about as many as the PHI spans and as hard: eponyms (McMurray, Trendelenburg, Lasègue,
Garden, Greulich and Pyle, Osgood-Schlatter, Sinding-Larsen-Johansson, Rosenberg, Kellgren-Lawrence,
Dawson, McDonald, Lachman, Adams, Risser, Murphy, Courvoisier, Hepple, Hodgkin, Deauville, Hoffa,
Hawkins-Kennedy, Jobe, Perthes, Herring, Brock, Spurling, Outerbridge, Baker, Cushing, Addison,
O'Donoghue), place-named criteria (Ottawa knee rules, Lake-Louise, Lugano, Berlin consensus,
Bethesda), anatomy, drugs, devices, scanners and vendor / product words, sequences, scores and
classifications, billing codes (GOÄ, TARMED, CPT, ICD-10), capitalised German nouns, ward and
department words, clock times, young ages, bare years, DICOM attribute names, lesion counts and
sizes.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles and post-nominal credentials, weekdays, ages under 90, bare years, state
and country names and generic department names outside the spans; for ages over 89 only the
number, for extensions only the digits; a town named as a residence or address is ADDRESS, as is a
town given after a facility's name as its location; a town inside or directly naming a facility is
part of the INSTITUTION; payer / insurer names are neither PHI nor keep-terms, member, claim and
case numbers are ID; in DICOM PN values name prefixes after ^^ are outside the span). Employers,
clubs, schools, ambulance and interpreter services are INSTITUTION.

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import COUNTRIES, LABELS, Excerpt, build_excerpts, country
from tests.heldout35._at import AT
from tests.heldout35._ch import CH
from tests.heldout35._de import DE
from tests.heldout35._uk import UK
from tests.heldout35._us import US

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]

EXCERPTS: list[Excerpt] = build_excerpts(DE + AT + CH + UK + US)
