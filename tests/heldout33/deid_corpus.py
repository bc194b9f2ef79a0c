"""Held-out 33: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (except, by accident, the first six German excerpt texts
of retired held-out 15, seen in a printout meant to show its module header; none reused;
only the module docstrings of held-outs 15,
20, 24, 25, 27, 29, 30, 31 and 32, the sources of held-out 9's `build_excerpts` / `country` /
`_overlaps` and held-out 8's `Excerpt` / `strip_markup` / LABELS / markup pattern, held-out 9's
COUNTRIES, and the runners and floor tests of held-outs 9, 11 and 27). 80 excerpts, 16 each from DE,
AT, CH (8 German, 4 French, 4 Italian), UK and US, written as in-patient clinical correspondence
that ends up inside radiology reports and RIS comments: discharge and transfer letters (Entlassbrief,
Entlassungsbrief, Austrittsbericht, lettre de sortie, lettera di dimissione, NHS discharge
summaries, US discharge summaries) cc'd to GPs and referrers, referral letters with letterheads and
footers (Gemeinschaftspraxis, Ordination, GP surgery, US family practice fax), ward-round and nursing
handover notes (Chefarztvisite, Primarvisite, Übergabe, Rapport, colloque de transmission,
consegne, SBAR, I-PASS, hospitalist note), consultant-to-consultant e-mail threads forwarded into
the RIS (Von/Gesendet/An/Cc, De/Envoyé/À, Da/Inviato/A, From/Sent/To/Cc, signatures,
disclaimers), pathology and laboratory results pasted into reports (Eingangs- / Einsendungsnummern,
lab and surgical-pathology accessions, pathologists), tumour-board and MDT invitations with
participant lists, rooms, dial-ins and video links, on-call rotas (Dienstplan, Rufbereitschaft,
Pikett, NHS and US call schedules), requests for copies / CDs for lawyers, insurers and disability
services, interpreter bookings, care-home and skilled-nursing transfers, adult guardians and
Erwachsenenvertretung; letterheads of NHS trusts and health boards (one bilingual Welsh), German
Chefarzt blocks with Sekretariat lines, Austrian letter conventions ("Sehr geehrte Frau
Kollegin ...!", "e.h.", Dr.in, Prim.), Swiss French "Madame la Doctoresse" and Ticino "Egregio
Collega", PACS import logs and DICOM attributes.
PHI in national forms (persons with and without titles or labels, "Surname, Firstname",
surname-first without comma, upper-case and DICOM caret names, first names alone, nicknames in
quotes, logins and a Visum, relatives, carers, guardians, interpreters, lawyers, staff and outside
doctors, surnames that are also eponyms or words: Baker, Sommer, Wegener, Lange, Kern, Winter,
Engel, Graf, Keller, Früh, Hug, Sala, Fontana, Chance, Addison, Summers, Frost, Lamb, Shepherd,
Kettle, Hall, Price, Parkinson, Couch, Love, Hawkins, Hill, Washington; facilities with and without
keywords, acronyms (AKH, KSBL, USZ, CHUV, RHNe, IOSI, SAVD), practices, law firms, care homes,
interpreter services, retrieval and air-ambulance services, a sheriff's office; address blocks,
inline, town-only and accident-place addresses; phones, faxes, mobiles, dial-ins, extensions (DW,
App., Klappe, Piepser, Bip, bip, bleep, ext, x, pager); IDs: Fallnummer, PID, Aufnahme-, Auftrags-,
Eingangs- and Einsendungsnummern, Aktenzeichen / GZ / solicitor refs, Versichertennummer, BSNR,
LANR, SVNR, AHV / AVS, IPP, Suva claim, NHS, CHI, hospital numbers, MRN, NPI, member, claim,
prior-authorisation, booking, badge, transfer-center and DDS case numbers, SSN tails, Medicare MBI,
DICOM UIDs, accessions; dates in numeric, DICOM, ISO, partial and written forms in four languages;
e-mails; URLs; ages over 89). Keep-terms about as many as the PHI spans and as hard: eponyms and
eponymous signs and classifications (Wells, Murphy, Balthazar, Atlanta, Lake Louise, Baker, Garden,
Fleischner, Klatskin, Bismuth, Crohn, Segond, Frankel, Colles, Schatzker, Rutherford, Anderson,
Pancoast, Patte, Goutallier, Hinchey, Deauville, Gleason, Courvoisier, Brock, Herder, Bilsky,
Gentry, Chance, Addison, Alvarado, McDonald, Bethesda, Genant, Parkinson), place-named criteria
(Quebec Task Force, Philadelphia collar, Genève score, Milan, Lugano, Montreal, Stanford, NEXUS,
Canadian CT Head Rule), anatomy, drugs, devices, sequences, scores and classifications, capitalised
German nouns, ward and department words, clock times, young ages, bare years, DICOM attribute
names, vendor and product words (Primovist, Humira, PowerShare, Vocera, HoverMatt), lesion counts
and sizes.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles and post-nominal credentials, weekdays, ages under 90, bare years and
generic department names outside the spans; for ages over 89 only the number, for extensions only
the digits; a town named as a residence, address or accident place is ADDRESS, as is a town given
after a facility's name as its location; a town inside or directly naming a facility is part of the
INSTITUTION; payer / insurer names are neither PHI nor keep-terms, member and claim numbers are ID;
in DICOM PN values name prefixes after ^^ are outside the span).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import Excerpt, build_excerpts
from tests.heldout33 import _at, _ch, _de, _uk, _us

__all__ = ["EXCERPTS"]

EXCERPTS: list[Excerpt] = build_excerpts(_de.RAW + _at.RAW + _ch.RAW + _uk.RAW + _us.RAW)
