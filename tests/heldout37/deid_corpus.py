"""Held-out 37: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
20, 24, 25, 27, 29, 30, 31, 32, 33, 34, 35 and 36, the sources of held-out 9's `build_excerpts` /
`country` / `_overlaps` / COUNTRIES and held-out 8's `Excerpt` / `strip_markup` / LABELS / markup
pattern, the import and header lines of held-out 27's modules, and the runners and floor tests of
held-outs 8, 9, 11 and 27; a printout meant to show held-out 8's helpers showed the first excerpts
of held-out 8 by accident, which were not reused). 80 excerpts, 16 each from DE, AT, CH
(8 German, 4 French, 4 Italian), UK and US, written around acute and social situations that bring
relatives, carers and officials into the text: emergency-department and trauma-room notes (who
brought the patient, ambulance and helicopter crews with call-signs, police officers with badge and
collar numbers, accident places), paediatrics and child protection (parents, siblings,
grandparents, schools and kindergartens, youth-welfare offices, KESB, social workers, CPS),
obstetrics (partners, midwives, birth centres), psychiatry liaison, detention and guardianship
(court-appointed carers, Erwachsenenvertretung, Beistandschaft, deputies, conservators, court file
numbers), forensic imaging (age estimation for authorities, prosecutors' case numbers, lawyers),
deceased patients and post-mortem CT (undertakers, coroners, medical examiners, next of kin), organ
donation and transplant coordination; RIS comments, portal messages, HL7 and DICOM header lines.
PHI in national forms (persons with and without titles or labels, "Surname, Firstname",
surname-first, upper-case, DICOM / HL7 caret names, first names alone, nicknames, logins,
relatives, contacts and carers, staff, officers and outside doctors, surnames that are also
eponyms or words: Engel, Garden, Chance, Graves, Baker, Parkinson, Alvarado, Lamb, Frost, Pike,
Moss, Field, Bright, Lowe; facilities with and without keywords, acronyms, practices, homes,
schools, police units, courts, authorities of a town or county, undertakers, law firms, birth
centres; address blocks, inline, town-only addresses and accident places; phones, faxes, mobiles,
extensions, bleeps, pagers; IDs: case, PID, MRN, SVNR / VSNR, AHV, NHS, CHI, MBI, court and
prosecutor file numbers, police incident and report numbers, badge / collar numbers, donor
numbers, A-numbers, dossier numbers, call-signs, temporary trauma aliases; dates in numeric,
DICOM, ISO, partial and written forms in four languages; e-mails; URLs; ages over 89).
Keep-terms about as many as the PHI spans and as hard: eponyms and eponymous classifications
(Morison, Perthes, Garden, Pauwels, Greulich and Pyle, Schmeling, Demirjian, Dupas, Stanford,
Salter-Harris, Segond, Magerl, Frankel, Graf, Tillaux, Wernicke, Kerley, Tile, Young-Burgess,
Sanders, Dejour, Insall-Salvati, Anderson et D'Alonzo, Graeb, Gartland, Scheltens, Fazekas,
Jefferson, Levine-Edwards, Biffl, Galassi, Chance, Baker, Parkinson, Graves, Alvarado, Macklin,
Le Fort, Pavlik, Wischnewski), place-named rules and criteria (Canadian C-spine rule, Ottawa ankle
rules, Denver, NEXUS, Milan, Maastricht, Merton), anatomy, drugs, devices, scores (GCS, ISS, RTS,
AAST, TLICS, MELD-Na, LI-RADS, Agatston), injury mechanisms and vehicle words, school subjects,
legal words, capitalised German nouns, ward and department words, clock times, young ages, DICOM
and HL7 attribute names, vendor and product words, lesion sizes.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles and post-nominal credentials, weekdays, ages under 90, bare years, state
codes and generic department names outside the spans; for ages over 89 only the number, for
extensions only the digits; a town named as a residence, address or accident place is ADDRESS, as
is a town given after a facility's name as its location; a town inside or directly naming a
facility is part of the INSTITUTION; payer / insurer names are neither PHI nor keep-terms, member
numbers are ID; in DICOM PN values name prefixes after ^^ are outside the span). Ambulance and
helicopter call-signs, police badge / collar numbers and temporary aliases of unknown patients
(a trauma code name, a placeholder name with a number) are ID; "UNBEKANNT^MAENNLICH" without a
number is not PHI. Police units, courts,
prosecutors' offices, local youth-welfare and guardianship authorities, schools, undertakers and
law firms are INSTITUTION; national authorities and organisations (Eurotransplant, Swisstransplant,
Office of Refugee Resettlement) are not PHI.

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import COUNTRIES, Excerpt, build_excerpts, country
from tests.heldout37._at import AT
from tests.heldout37._ch import CH
from tests.heldout37._de import DE
from tests.heldout37._uk import UK
from tests.heldout37._us import US

__all__ = ["COUNTRIES", "EXCERPTS", "Excerpt", "country"]

EXCERPTS: list[Excerpt] = build_excerpts(DE + AT + CH + UK + US)
