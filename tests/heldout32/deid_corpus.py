"""Held-out 32: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
20, 24, 25, 27, 28, 29 and 30, the sources of held-out 9's `build_excerpts` / `country` /
`_overlaps` and held-out 8's `Excerpt` / `strip_markup` / LABELS / markup pattern, held-out 9's
COUNTRIES, the statement and annotation lines (no texts) of held-out 27's corpus modules, and the
runners and floor tests of held-outs 8, 9, 11 and 27). 80 excerpts, 16 each from DE, AT, CH
(8 German, 4 French, 4 Italian), UK and US, written as academic and teaching radiology and its
edges write them: teaching-file and congress case exports ("courtesy of", case of the day, quiz
cases), journal-style case reports and manuscript cover pages with authors and corresponding
addresses, residency rotation evaluations (Weiterbildung, Turnus, SIWF, ePortfolio / ARCP, ACGME
milestones), research PACS exports and anonymisation / pseudonymisation logs (DICOM tags, CTP,
XNAT), poster and slide anonymisation checks, study-coordinator notes and screening logs,
patient-portal questions and replies (MyChart, Patients Know Best) with proxy-access audits,
second opinions for medical tourists from Gulf states, Kazakhstan, Russia and Ukraine with
translated documents and names in Cyrillic, rural telemedicine (Western Isles, Sutherland, Wales,
Bavarian Forest, Tyrol, Vorarlberg, Graubünden, Valais, Blenio, Alaska, Appalachia), Swiss
Romandie and Ticino letters ("Monsieur", "né le", "Signora", "nata il", AVS numbers), Austrian
e-card / SVNR and ELGA bPK, wearable and app exports (Garmin, Apple Watch, Strava, WHOOP, Dexcom),
social-media handles, IP addresses of people, device serials (pacemaker, cochlear implant, spinal
cord stimulator, sensors), URLs with identifiers, chat and e-mail threads, and letters in Irish,
Welsh-influenced, Scottish and US Southern English.
PHI in national forms (persons with and without titles or labels, "Surname, Firstname",
surname-first without comma, DICOM caret names, initials, first names alone, nicknames, logins and
social-media handles, relatives, carers, guardians, translators, staff and outside doctors, surnames
that are also eponyms or words: Graf, Sommer, Winter, Krebs, Engel, Anders, Lange, Fuchs, Kern,
Herbert, Price, Grant; facilities with and without keywords, acronyms (CHUV, HUG, EOC, IOSI, QEUH,
UAB, AKH), practices, care homes, clubs, air rescue, a law firm; address blocks, inline addresses,
Eircodes and town-only residences; phones, faxes, mobiles, extensions (App., DW, Klappe, intern,
Piepser, ext, x, bleep); IDs: accession, PID, case, staff and matriculation numbers, SVNR, e-card
follow-up number, bPK, AHV / AVS, GLN, SIWF ID, IPP, CHI, NHS, H&C, PPSN, GMC, ORCID, MRN, NPI,
EDIPI, IHS chart, SSN tail, passport, SNILS, IIN, Kuwaiti civil ID, QID, portal accounts, trial
subject and screening numbers, device serials, IP addresses; dates in numeric, DICOM, ISO, partial
and written forms in German, French, Italian, English and one in Ukrainian; e-mails; URLs; ages
over 89). Keep-terms about as many as the PHI spans and as hard: eponyms and eponymous signs and
classifications (Ormond, Kasabach-Merritt, Modic, Schmorl, Baker, Perthes, Catterall, Herring,
Lauenstein, Kerley, Schatzker, Segond, Westermark, Hampton, Bankart, Hill-Sachs, Herbert, Stecher,
Garden, Pauwels, Fredericson, Caroli, Scheuermann, Cobb, Outerbridge, Kellgren-Lawrence, Neer,
Rokitansky, Scadding, Budd-Chiari, Fazekas, Lemierre, Seldinger, Brock, Chance, Boerhaave, Naclerio,
Mirizzi, Bosniak, Enneking, Ewing), place-named criteria (Lugano, Fleischner, Stanford, Bern score,
Deauville), anatomy, drugs, devices and vendor / product words, sequences, scores and
classifications, trial-registry and ethics numbers, DICOM attribute names and tags, capitalised
German nouns, ward and room words, clock times, young ages, bare years, lesion counts and sizes.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles and post-nominal credentials, weekdays, ages under 90, bare years and
generic department names outside the spans; for ages over 89 only the number, for extensions only
the digits; a town named as a residence, birthplace or address is ADDRESS, as is a town given after
a facility's name as its location; a town inside or directly naming a facility is part of the
INSTITUTION; payer / insurer names are neither PHI nor keep-terms, member numbers are ID; in DICOM
PN values name prefixes after ^^ are outside the span; a social-media handle or login is PERSON;
an IP address of a person's device is ID, a server name is neither; pseudonyms written by an
anonymiser (SUBJ_..., PROMRI-..., RAD-...) and public trial-registry or ethics numbers are not PHI;
countries are not PHI).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout8.deid_corpus import Excerpt
from tests.heldout9.deid_corpus import COUNTRIES, LABELS, build_excerpts, country
from tests.heldout32._at import AT
from tests.heldout32._ch import CH
from tests.heldout32._de import DE
from tests.heldout32._uk import UK
from tests.heldout32._us import US

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]

EXCERPTS: list[Excerpt] = build_excerpts(DE + AT + CH + UK + US)
