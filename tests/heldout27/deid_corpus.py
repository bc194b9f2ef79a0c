"""Held-out 27: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
20, 24, 25 and 26, the sources of held-out 9's `build_excerpts` / `Excerpt` / `country` /
`strip_markup` / `_overlaps`, the LABELS / COUNTRIES tuples, the (country, lang) pairs of held-out
26, and the runners and floor tests of held-outs 8, 9, 11, 15 and 26). 75 excerpts, 15 each from
DE, AT, CH (7 German, 4 French, 4 Italian), UK and US, written as sites earlier sets leaned on less
would write them: private radiology groups and imaging chains, breast-screening programmes
(invitations, recall and assessment letters), emergency departments and trauma networks (triage
notes, resus protocols), university-hospital tumour boards with attendee lists, pathology and
laboratory correlation, telemedicine consults between small hospitals (stroke, teleradiology),
patient-transport and bed-management services (bed-board exports, transport orders), health-
insurance medical services (MD Gutachten, PVA, IV-Stelle, NHS Continuing Healthcare, US prior
authorisation and an appeal), quality / incident reports (CIRS, DATIX, peer review), on-call rotas
and staff rosters, mixed German / English correspondence with expatriate patients, patient-portal
and e-mail messages, RIS order entries, a DICOM header dump, an ELGA forwarding record. Noise:
page numbers and page headers, hyphenation at a line end, flattened tables (CSV / TSV / pipe),
names in two scripts (Chinese), quoted e-mail lines, an "e.h." signature.
PHI in national forms (persons of many origins with and without titles or labels, "Surname,
Firstname", upper-case and DICOM PN names, surname-only rota entries, first names alone, logins,
relatives, carers, staff, outside doctors; facilities with and without keywords, acronyms, short
forms, practices, care homes, imaging chains, lab chains, teleconsult services; address blocks,
inline, town-only addresses and accident places; phones, faxes, mobiles, extensions (App., DW,
Klappe, Durchwahl, Sucher, bip, bleep, ext., x), pagers; IDs: order, PID, case, accession, SVNR /
VSNR, AHV, insurance card, KVNR, ZSR, OID, bPK, NHS, CHI, GMC, MRN, NPI, member, Medicare MBI,
Medicaid, prior-authorisation, appeal, screening, dossier and transport numbers; dates in
numeric, DICOM, ISO, partial and written forms in four languages; e-mails; URLs; ages over 89).
Keep-terms about as many as the PHI spans and as hard: eponyms and eponymous criteria
(Meyerding, Garden, Tile, Anderson/D'Alonzo, Salter-Harris, Aitken, Morison, Ewing, Huvos,
Fleischner, Perthes, Hodgkin, Douglas, Modic, Baker, Segond, Brock, Deauville, Manchester,
Canadian CT Head Rule, NEXUS, Denver, Lugano, Philadelphia-Kragen), anatomy, drugs, devices and
scanners, sequences, scores and classifications, billing codes, capitalised German nouns, ward
and department words, clock times, young ages, bare years, image references, vertebral levels,
DICOM attribute names.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles and post-nominal credentials, ages under 90, bare years and generic
department names outside the spans; for ages over 89 only the number, for extensions only the
digits; a town named as a residence, address or accident place is ADDRESS, a town inside or directly
naming a facility is part of the INSTITUTION, and ambulance services are INSTITUTION; payer /
insurer names are neither PHI nor keep-terms, their member numbers are ID; in DICOM PN values name
prefixes and suffixes after ^^ are outside the span; the place line of a letter ("Kassel, 17.
Februar") is ADDRESS).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import COUNTRIES, LABELS, Excerpt, build_excerpts, country
from tests.heldout27._at import AT
from tests.heldout27._ch import CH
from tests.heldout27._de import DE
from tests.heldout27._uk import UK
from tests.heldout27._us import US

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]

EXCERPTS: list[Excerpt] = build_excerpts(DE + AT + CH + UK + US)
