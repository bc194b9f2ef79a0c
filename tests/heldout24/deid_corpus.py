"""Held-out 24: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15
to 23, the sources of held-out 9's `build_excerpts` / `_overlaps` / `country` and held-out 8's
`Excerpt` / `strip_markup`, the LABELS / COUNTRIES tuples, and the runners and floor test of
held-outs 8, 9, 11 and 15). 80 excerpts, 16 each from DE, AT, CH (8 German, 4 French, 4 Italian),
UK and US, written as sites earlier sets leaned on less would write them: cardiology, heart and
vascular centres (cath-lab logs, TAVI / TAVR planning, EVAR follow-up, CMR, pacemaker / ICD
checks), obstetrics and fetal MRI with mother, child, twins and partner, interventional radiology
consent forms and procedure logs (TACE, Y-90, UAE, PTBD, TIPSS, nephrostomy, port, varicocele),
nuclear medicine and PET centres (FDG, PSMA, DOTATATE, MIBG, PYP, radioiodine, Lu-177), radiation
oncology planning CT and simulation notes, hospital-at-home, virtual wards, Spitex and home-care
services, second-opinion portals; discharge summaries, device / implant cards, billing and coding
exports (GOÄ, Austrian Kassen positions, TARMED, OPCS-4 / ICD-10, an X12 837P claim), interpreter
and social-work notes, appointment letters, e-mails with quoted lines and footers, DICOM header
dumps, CSV / TSV / pipe worklists, MDT and tumour boards with attendance lists. Noise: repeated
page headers with page numbers, a received stamp, hyphenation at line ends, flattened tables,
names in two scripts (Cyrillic, Vietnamese), superscript titles (Dr.ⁱⁿ), logins.
PHI in national forms (persons of many origins with and without titles or labels, "Surname,
Firstname", capitalised and DICOM / X12 names, first names alone, logins and initials, relatives,
carers, deputies and curators, interpreters, staff, outside doctors; facilities with and without
keywords, acronyms (KFJ, SAVD, USB, HUG, CHUV, QMC, QMRI, NWAS, CHOP, UCSF), short forms, practices,
care homes, imaging centres, interpreter services, charities; address blocks, inline, X12 and
town-only addresses; phones, faxes, mobiles, extensions (App., Durchwahl, Klappe, DW, int., ext.,
x), bleeps and pagers; IDs: case, PID, accession, SVNR, AHV, Swiss card, NHS, CHI, MRN, hospital,
GMC, LANR, GLN, NPI, MBI, Medi-Cal CIN, member, claim, invoice, order, interpreter, device serial
and lot numbers; dates in numeric, DICOM, ISO, X12, partial and written forms in four languages;
e-mails; URLs; ages over 89). Keep-terms about as many as the PHI spans and as hard: eponyms and
eponymous criteria (Seldinger, Dandy-Walker, Deauville, Lugano, Rutherford, Fontaine, Perthes,
Catterall, Herring, Basedow, Stanford, Bismuth, Perugini, Kerley, Pfirrmann, Modic, Chiari,
May-Thurner, Loeys-Dietz, Marfan, Hampton, Parkinson, Günther Tulip, Cope, Anderson, Lake-Louise),
place-named criteria and trials (Lugano, Stanford, START B, MOMS, NASCET, NRG), anatomy, drugs,
devices and implants, scanners, tracers, sequences, scores and classifications, billing codes,
capitalised German nouns, ward and department words, clock times, young ages, bare years, DICOM
attribute names.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ages under 90, bare years and generic department names outside the
spans; for ages over 89 only the number, for extensions only the digits; a town named as a
residence or address is ADDRESS, a town inside or directly naming a facility is part of the
INSTITUTION; payer / insurer names are neither PHI nor keep-terms, their member numbers are ID;
in DICOM PN values name prefixes after ^^ are outside the span).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout8.deid_corpus import LABELS, Excerpt
from tests.heldout9.deid_corpus import COUNTRIES, build_excerpts, country
from tests.heldout24._at import AT
from tests.heldout24._ch import CH
from tests.heldout24._de import DE
from tests.heldout24._uk import UK
from tests.heldout24._us import US

_RAW = DE + AT + CH + UK + US

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]
