"""Held-out 25: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15
to 24, the sources of held-out 9's `build_excerpts` / `country` and held-out 8's `Excerpt`, the
LABELS / COUNTRIES tuples, held-out 15's module names and language codes (no texts), and the
runners and floor test of held-outs 8, 9, 11 and 15). 80 excerpts, 16 each from DE, AT, CH
(8 German, 4 French, 4 Italian), UK and US, written as sites earlier sets leaned on less would
write them: orthopaedic and trauma surgery, accident insurance (D-Arzt report F 1000, BG
requests, AUVA accident report, Suva / LAA claims, UK personal-injury solicitors, US workers'
compensation and IME), occupational and travel medicine (ILO pneumoconiosis readings, offshore
medicals, returning travellers), forensic and legal medicine (post-mortem CT requests from
prosecutors, coroners and medical examiners, child-abuse skeletal surveys, court and subpoena
requests), prison health (JVA, Justizanstalt, Pöschwies, Champ-Dollon, HMP, BOP), military
health (Bundeswehr, Militärspital, Swiss Army, Defence Medical Services, US Navy), dental and
maxillofacial clinics (DVT / CBCT / OPG / FRS), teleradiology night services, research trials
(consent, screening logs, coordinator notes). Shapes: HL7 v2 MSH / PID / PV1 / OBR / OBX
segments, FHIR JSON fragments (Patient, DiagnosticReport), DICOM header dumps, PACS C-FIND
results, CSV / TSV / pipe audit logs and screening logs, helpdesk and ServiceNow tickets, Teams /
Secure Chat messages, dictation-system headers, e-mails with footers, appointment and transfer
letters, cc lists; noise: page headers repeated with page numbers, hyphenation at line ends, a
received stamp, flattened tables, names in two scripts (Vietnamese), emoji, logins.
PHI in national forms (persons of many origins with and without titles or labels, "Surname,
Firstname", surname-first without comma, DICOM / HL7 / FHIR names, initials in trial logs,
logins, relatives, staff, outside doctors, lawyers, investigators; facilities with and without
keywords, acronyms, military units and ships, prisons, courts, employers, practices, care homes,
imaging centres; address blocks, inline, HL7 and FHIR addresses, accident places; phones, faxes,
mobiles, extensions (Durchwahl, App., DW, Klappe, ext, x, int.), bleeps, DSN; IDs: case, claim,
file and court numbers, SVNR / VSNR, AHV, NHS, CHI, NINO, MRN, accession, DICOM UID, prisoner,
service and DoD numbers, trial subject and screening numbers, tickets, dictation IDs; dates in
numeric, DICOM / HL7, ISO, military and written forms in four languages; e-mails; URLs; ages
over 89). Keep-terms about as many as the PHI spans and as hard: eponyms and eponymous
classifications (Böhler, Sanders, Weber, Magerl, Meyerding, Schatzker, Garden, Kellgren, Modic,
Schizas, Chiari, Baker, Hill-Sachs, Rüedi-Allgöwer, Colles, Smith, Herbert, Segond, Essex-Lopresti,
Frykman, Jefferson, Spence, Mirels, Ewing, Addison, Parkinson, Bankart, Maisonneuve, LeFort,
Stafne, Gustilo, Outerbridge, Hoffmann, Spurling, Paget, Looser, Fontaine, Ghon, Ranke, Honda,
Fredericson, Hepple, Denis), place-named rules and diseases (Ottawa, Canadian C-spine, Leicester,
Stanford, Lugano, Chagas), anatomy, drugs, devices and scanners, sequences, scores and
classifications, HL7 / FHIR / DICOM field names, capitalised German nouns, ward and department
words, clock times, young ages, bare years, page numbers.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ages under 90, bare years and generic department names outside the
spans; for ages over 89 only the number, for extensions only the digits; a town named as a
residence, address or accident place is ADDRESS, a town inside or directly naming a facility is
part of the INSTITUTION, a travel destination country or city is neither; payer / insurer names
are neither PHI nor keep-terms, their claim and member numbers are ID).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout8.deid_corpus import LABELS, Excerpt
from tests.heldout9.deid_corpus import COUNTRIES, build_excerpts, country
from tests.heldout25._at import AT
from tests.heldout25._ch import CH
from tests.heldout25._de import DE
from tests.heldout25._uk import UK
from tests.heldout25._us import US

_RAW = DE + AT + CH + UK + US

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]
