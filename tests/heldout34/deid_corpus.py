"""Held-out 34: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
20, 24, 25, 27, 29, 30, 31 and 32, the sources of held-out 9's `build_excerpts` / `country` /
`_overlaps` and held-out 8's `Excerpt` / `strip_markup` / LABELS / markup pattern, held-out 9's
COUNTRIES, the statement lines of held-out 27's corpus module, and the runners and floor tests of
held-outs 9, 11 and 27; a first printout of tests/heldout9/deid_corpus.py showed its first nine
excerpts by accident, which were not reused). 80 excerpts, 16 each from DE, AT, CH (8 German,
4 French, 4 Italian), UK and US, written around migration, travel and emergencies: night-time
emergency departments and teleradiology, trauma bays with unknown-identity patients and temporary
aliases, police escorts, custody and immigration detention, asylum and refugee services (BAMF, AZR,
Ankunftsnachweis, AsylbLG, BFA / IFA, Grundversorgung, SEM / ZEMIS N numbers, Ausweis N / S, Home
Office and ARC, ORR, A-numbers), residence permits, passports, EHIC / GHIC cards, travel insurance,
assistance and repatriation cases, air ambulances, interpreters and cultural mediators, Liechtenstein
and South Tyrol patients (AHV FL, codice fiscale, tessera sanitaria), Scottish CHI, Northern Irish
H&C, Irish PPS, Swiss AHV / AVS, Austrian SVNR, US Medicare MBI and Medicaid, bone-age requests,
care homes, DICOM header lines, RIS logs, e-mails and MDT lists.
PHI in national forms, names from many origins and in unusual forms (Turkish, Kurdish, Arabic with
bin / bint / al- / Abu, Persian, Afghan, Eritrean and Somali patronymic names, Serbian, Croatian,
Polish, Ukrainian in Latin and Cyrillic script, Vietnamese with and without diacritics, Chinese and
Korean surname-first and in Han / Hangul script, Indian and Tamil, Portuguese and Brazilian with dos /
da / de, Spanish double surnames with de la, Hungarian surname-first, Greek in Latin and Greek script,
Albanian, Dutch van der, Sikh names, Haitian; "Surname, Firstname", surname-first without comma,
upper case, DICOM caret names, first names alone, nicknames, logins; relatives, carers, social
workers, interpreters, officers, staff and outside doctors; surnames that are ordinary words or
places: Koch, Engel, Winter, Sommer, Berlin, Wiesbaden, Hope, Moss, Field, Lamb; surnames that are
eponyms: Paget, Graves, Wilson); facilities with and without keywords, acronyms, practices, homes,
shelters, reception centres, police services, air ambulances, interpreter services; address blocks,
inline and town-only addresses; phones, faxes, mobiles, extensions, bleeps; IDs of every national
kind; dates in numeric, DICOM, ISO, partial and written forms in four languages; e-mails; URLs;
ages over 89. Keep-terms about as many as the PHI spans and as hard: eponyms (also ones that are
surnames: Baker, Paget, Graves, Wilson, Crohn, Hodgkin, Cushing, Murphy, Colles, Hoffa, Garden,
Shenton, Kerley, Ghon), place-named criteria (Rotterdam, Milan, Lugano, Ottawa, Denver, Canadian,
Boston, Lake Louise, Stanford, Bethesda, NEXUS), anatomy, drugs, devices, sequences, scores and
classifications, capitalised German nouns, ward and department words, clock times, young ages, bare
years, DICOM attribute names, vendor and product words, lesion counts and sizes.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles and post-nominal credentials, weekdays, ages under 90, bare years, state
and country names and generic department names outside the spans; for ages over 89 only the
number, for extensions only the digits; a town named as a residence or address is ADDRESS, as is a
town given after a facility's name as its location; a town inside or directly naming a facility is
part of the INSTITUTION; payer / insurer names are neither PHI nor keep-terms, member, claim and
case numbers are ID; in DICOM PN values name prefixes after ^^ are outside the span). Temporary
identity aliases given to unknown patients (a trauma code, "John Doe" with a number, "Unbekannt"
with a number) are ID; "Unbekannt, männlich" without a number is not PHI. Police services, employers
and interpreter services are INSTITUTION; national authorities (BAMF, SEM, Home Office, ICE) are not
PHI.

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import COUNTRIES, LABELS, Excerpt, build_excerpts, country
from tests.heldout34._at import AT
from tests.heldout34._ch import CH
from tests.heldout34._de import DE
from tests.heldout34._uk import UK
from tests.heldout34._us import US

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]

EXCERPTS: list[Excerpt] = build_excerpts(DE + AT + CH + UK + US)
