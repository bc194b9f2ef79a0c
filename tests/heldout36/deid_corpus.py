"""Held-out 36: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
20, 24, 25, 27, 29, 30, 31, 32, 33 and 34, the sources of held-out 9's `build_excerpts` / `country` /
`_overlaps` and held-out 8's `Excerpt` / `strip_markup` / LABELS / markup pattern, held-out 9's
COUNTRIES, and the runners and floor tests of held-outs 8, 9, 11 and 27). 80 excerpts, 16 each from
DE, AT, CH (8 German, 4 French, 4 Italian), UK and US (one module per country), written as the
technical and system text that carries PHI into reports and RIS comments: DICOM header dumps
(dcmdump tag lines, "PatientName:" / "PatientName =" lists, caret names, DA / TM / DT values, AS ages
such as 093Y), HL7 v2 segments (MSH, PID, PV1, ORC, OBR, OBX, NTE, IN1) flattened or line-broken,
modality worklists and RIS day lists, RIS / PACS / CRIS / PowerScribe audit trails and access
reviews, interface and PACS error queues (C-STORE, C-MOVE, N-SET, ADT rejections), export and
research folder paths and file names with names, dates and IDs, viewer, portal and share URLs with
query parameters, e-mail headers and signatures with addresses in many forms ((at), [at], AT/DOT),
barcode and wristband reads, fax and SMS logs, dose-monitoring alerts (CTDIvol, DLP, SSDE, DAP),
CD / IEP import logs, chat and MDT exports, critical-result and sign-off lines.
PHI in national forms (persons with and without titles or labels, "Surname, Firstname",
surname-first, upper-case and DICOM / HL7 caret names, first names alone, logins, initials and a
Visum, relatives and contacts, staff and outside doctors, surnames that are also eponyms or words:
Hoffa, Wilms, Baker, Graf, Engel, Krebs, Winter, Sommer, Kern, Chance, Bell, Parkinson, Lamb, Love,
Frost, Moss, Hill; facilities with and without keywords, acronyms (HUG, UHW), practices, homes;
address blocks, inline, HL7-component and town-only addresses; phones, faxes, mobiles, extensions
(DW, App., intern, int., ext, x), bleeps, pagers and a video dial-in; IDs: PID, Fallnummer,
accession, order and message-control numbers, DICOM UIDs, KVNR, SVNR, bPK, AHV / AVS, Swiss
insurance card, IPP, NHS, CHI, hospital numbers, GMC, MRN, SSN and SSN tail, Medicare MBI, NPI,
member numbers, tickets, incident and court file numbers, a temporary trauma alias, a device IP
address; dates in numeric, DICOM, HL7, ISO, partial and written forms in four languages; e-mails;
URLs; ages over 89, also as DICOM AS values).
Keep-terms about as many as the PHI spans and as hard: eponyms and eponymous signs and
classifications (Fleischner, Baker, Courvoisier, Garden, Pauwels, Kellgren-Lawrence, Segond, Modic,
Fazekas, Bosniak, Wilms, Salter-Harris, Hill-Sachs, Bankart, Scheuermann, Schmorl, Kerley, Stoller,
Genant, Yasargil, Mirizzi, Murphy, Shenton, Pancoast, Herder, Brock, Hinchey, Paget, Chance, Bell,
Schatzker, Parkinson, McDonald, Alvarado, Wells, Agatston, ARCO), place-named rules (NEXUS), anatomy,
drugs and contrast agents, devices, scanner, vendor, software and product words (SOMATOM go.Up,
MAGNETOM Vida, syngo, Revolution EVO, Aquilion ONE, Artis Q, Philips EPIQ 7, Teamplay, DoseWatch,
Radimetrics, PowerScribe, Visage, Rhapsody, Kofax, Vocera, AccuRx, Everlight), scanner serial
numbers, station and AE titles, protocol and series names, dose values, HL7 / DICOM field names and
tags, TM values, error codes, capitalised German nouns, ward, room and department words, clock
times, young ages, bare years, lesion counts and sizes.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles and post-nominal credentials, weekdays, ages under 90, bare years, state
and country codes and generic department names outside the spans; for ages over 89 only the
number (in a DICOM AS value the digits, not the Y); for extensions only the digits; a town named as
a residence or address is ADDRESS; a town inside or directly naming a facility is part of the
INSTITUTION; payer / insurer names are neither PHI nor keep-terms, member and card numbers are ID;
in DICOM PN values name prefixes after ^^ are outside the span; in HL7 fields the assigning
authority and type codes after an ID and the country code after an address are outside the spans,
each address component is its own span; a DICOM DT or HL7 timestamp is one DATE; a login is PERSON;
an IP address of a person's device is ID; scanner serial numbers, station names and AE titles are
keep-terms, not PHI; pseudonymous research subject codes are not PHI; national authorities
(Healthcare Improvement Scotland) are not PHI).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import Excerpt, build_excerpts
from tests.heldout36 import _at, _ch, _de, _uk, _us

__all__ = ["EXCERPTS"]

EXCERPTS: list[Excerpt] = build_excerpts(_de.RAW + _at.RAW + _ch.RAW + _uk.RAW + _us.RAW)
