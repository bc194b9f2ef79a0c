"""Held-out 30: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
20, 24, 25, 27 and 28, the sources of held-out 9's `build_excerpts` / `Excerpt` / `country` /
`strip_markup` / `_overlaps`, the LABELS / COUNTRIES tuples and markup pattern, and the runners and
floor tests of held-outs 8, 9, 11, 15 and 27; a header printout of tests/heldout27/_de.py showed the
first five lines of its first excerpt by accident, which were not reused). 80 excerpts, 16 each from
DE, AT, CH (8 German, 4 French, 4 Italian), UK and US, written as the radiology departments of general
and university hospitals write day to day: CT / MR / X-ray reports with their headers and footers,
RIS and order-comms entries (Epic, ICE), request and referral forms with clinical questions,
addenda, corrections and Korrigenda, discrepancy and peer-review notes (RADPEER, REALM,
Diskrepanzkonferenz, revue des discordances), incident reports (CIRS, IR(ME)R, MR safety, patient
safety events), radiographer notes and protocol sheets, contrast-reaction notes, tumour boards /
MDTs and morbidity-mortality meetings, teaching-file exports, audit and data-quality lists (CSV, TSV,
pipe), referrer letters from private practices, PACS / RIS migration and conversion logs, DICOM SR
text (CAD, dose, Doppler, coronary CTA), modality worklist dumps and appointment lists, and insurance
forms (Muster 6, chefärztliche Bewilligung, Sonderklasse, Kostengutsprache, Bupa / AXA, Medicare ABN).
PHI in national forms (persons with and without titles or labels, "Surname, Firstname",
surname-first without comma, DICOM caret names, first names alone, a nickname, logins, relatives,
foster carers, deputies, interpreters, many staff: residents, radiographers, secretaries, rota
entries; outside doctors; surnames that are also eponyms or words: Pfannenstiel, Sauerbruch, Graf,
Wegener, Hawkins, Frey, Kurz, Hill, Chance, Dunn, Baker, Addison, Couch, Kettle, Summers, Frost;
facilities with and without keywords, acronyms (AKH, CHUV, HUG, EOC, IOSI, UTC), practices, homes,
an air ambulance, an interpreter service; address blocks, inline, town-only and place-line
addresses; phones, faxes, mobiles, extensions (App., Klappe, DW, Funk, Sucher, Piepser, bip,
cercapersone, interno, ext., bleep, pager, Vocera); IDs: PID, case, accession, order, SVNR / VSNR,
AHV, Swiss card, KVNR, BSNR, LANR, ZSR, GLN, NHS, CHI, GMC, MRN, FIN, NPI, Medicaid, MBI, policy,
membership, authorisation, DICOM UIDs; dates in numeric, DICOM, ISO, partial and written forms in
four languages; e-mails; URLs; ages over 89). Keep-terms about as many as the PHI spans and as hard:
eponyms (also ones that are common surnames or first names: Herbert, Ulrich, Garden, Lauenstein,
Shenton, Maisonneuve, Chance, Dunn, Baker, Addison, Ormond, Wegener, Hawkins, Ring und Messmer),
place-named criteria (Lake Louise, Milan, Ann Arbor, Lugano, Ottawa, Canadian C-spine, Stanford),
anatomy, drugs, devices, scanners, sequences, scores and classifications, capitalised German nouns,
ward and department words, clock times, young ages, bare years, DICOM attribute names, vendor and
product words (Lorenzo, Sectra, Agfa, PowerShare, DoseWatch, Transpara), lesion counts and sizes.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles and post-nominal credentials, ages under 90, bare years and generic
department names outside the spans; for ages over 89 only the number, for extensions only the
digits; a town named as a residence, address, accident place or the place line of a letter is
ADDRESS, as is a town given after a facility's name as its location; a town inside or directly
naming a facility is part of the INSTITUTION; payer / insurer names are neither PHI nor keep-terms,
their member and card numbers are ID; in DICOM PN values the prefixes after ^^ are outside the
span).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import COUNTRIES, LABELS, Excerpt, build_excerpts, country
from tests.heldout30._at import AT
from tests.heldout30._ch import CH
from tests.heldout30._de import DE
from tests.heldout30._uk import UK
from tests.heldout30._us import US

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]

EXCERPTS: list[Excerpt] = build_excerpts(DE + AT + CH + UK + US)
