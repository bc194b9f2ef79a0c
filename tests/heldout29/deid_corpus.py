"""Held-out 29: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
20, 24, 25 and 27, the sources of held-out 9's `build_excerpts` / `country` / `_overlaps` and
held-out 8's `Excerpt` / `strip_markup`, the LABELS / COUNTRIES tuples, the (country, lang) pairs
of held-out 27, and the runners and floor tests of held-outs 8, 9, 11 and 27; a layout check showed
the first ~600 characters of held-out 27's German module, which were not reused). 80 excerpts,
16 each from DE, AT, CH (8 German, 4 French, 4 Italian), UK and US, written as oncology sites would
write them: comprehensive cancer centres and tumour boards (thorax, lymphoma, gynaecology, urology,
GI, sarcoma, neuro-oncology, HNO), radiotherapy planning (planning CT, DIBH, SBRT, VMAT, protons,
brachytherapy, hypofractionation), nuclear-medicine therapy with dosimetry (177Lu-PSMA, 177Lu-
DOTATATE, 131I-mIBG, radioiodine, SIRT / Y-90), pathology and laboratory results pasted into
reports (histology, FNA, JSON lab exports), clinical trials (consent, screening logs, subject and
screening numbers; NCT / EudraCT / ISRCTN / SAKK / COG protocol numbers as keep-terms), genetic
counselling with pedigrees and relatives (BRCA, Lynch, Li-Fraumeni, Cowden), paediatric oncology
with parents and nicknames, CDA / ELGA XML and FHIR / LIS JSON fragments, e-mail threads with
quoted lines, Teams / messenger / Epic Secure Chat messages, OCR'd scanned letters and faxes (O / l
for 0 / 1 inside dates, postcodes and serials), appointment letters, complaints and grievances
(Patientenvertretung, PALS, CMS), data-access and legal requests (DSGVO Art. 15, DSG Art. 25, UK
GDPR SAR, HIPAA right of access), implant and device registries with serial and lot numbers (IRD,
SIRIS, BCIR, Brustimplantat-Register, NCDR), research and biobank consent, private insurance
(PKV, Sonderklasse, Bupa, UnitedHealthcare prior authorisation), and cross-border referrals
(Liechtenstein, South Tyrol, Alsace, Vorarlberg, Donegal / Northern Ireland / Dublin, Ontario,
Québec).
PHI in national forms (persons with and without titles or labels, "Surname, Firstname", surname-
first without comma, upper-case, CDA / FHIR / DICOM caret names, initials in trial logs, first names
alone, nicknames, logins, parents, spouses, siblings, aunts and grandparents in pedigrees, carers,
lawyers, staff and outside doctors, surnames that are also eponyms or words: Lynch, Krebs, Bragg,
Gray, Sommer, Winter, Ewing, Wilms, Cowden, Gorlin, Paget, Kaposi, Hodgkin, Parkinson, Baker,
Chance, Clark, Douglas, Whipple, Courvoisier, Klatskin, Bowen, Gleason, Kurz, Mann, Groß, Stark;
facilities with and without keywords, acronyms (HUG, CHUV, IOSI, EOC, RHNe), practices, assisted-
living homes, law firms; address blocks, inline addresses, CDA address fields, town-only
residences and letter place lines; phones, faxes, mobiles, extensions (App., DW, Klappe, intern,
ext, bip), bleeps, pagers; IDs: case, PID, accession, KVNR, PKV, SVNR, LI-AHV, AHV, Swiss card,
codice fiscale, NIR, NHS, CHI, H&C, PPSN, Irish MRN, GMC, MRN, OHIP, Medicare MBI, NPI, member,
group, pre-auth, case and grievance numbers, trial subject / screening / participant numbers,
registry numbers, device serial and lot numbers, lab and pathology numbers, file references;
dates in numeric, DICOM, ISO, partial and written forms in four languages (Jänner, Feber); e-mails;
URLs; ages over 89). Keep-terms about as many as the PHI spans and as hard: eponyms and eponymous
syndromes, signs and scores (Pancoast, Lynch, Cowden, Li-Fraumeni, Gorlin-Goltz, Kaposi, Merkel,
Wilms, Ewing, Hodgkin, Paget, Bragg-Peak, Gleason, Breslow, Clark, Curie, Krenning, Marinelli,
Seldinger, Whipple, Courvoisier, Klatskin, Bismuth-Corlette, Krukenberg, Chance, Baker, Douglas,
Parkinson, Poland, Hürthle, Bowen, Siewert, Durie-Salmon, Koos, Chang, Stupp, Perry), place-named
criteria and protocols (Amsterdam-II, Bethesda, Toronto, Manchester score, Ann Arbor, Lugano,
Deauville, CHHiP, START B, FAST-Forward, Venezia, MERCURY), trial and registry numbers, anatomy,
drugs, radiopharmaceuticals, devices and planning systems, sequences, scores and classifications,
billing and legal references, capitalised German nouns, ward and department words, clock times,
young ages, bare years, XML / FHIR / JSON field names.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles and post-nominal credentials, weekdays, ages under 90, bare years and
generic department names outside the spans; for ages over 89 only the number, for extensions only
the digits; a town named as a residence, birthplace or address is ADDRESS, a town inside or
directly naming a facility is part of the INSTITUTION; the place line of a letter or consent form
is ADDRESS; payer / insurer names are neither PHI nor keep-terms, their member, policy and
pre-authorisation numbers are ID; in DICOM PN values name prefixes after ^^ are outside the span;
public trial-registry and protocol numbers are keep-terms, trial subject and screening numbers are
ID).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import COUNTRIES, LABELS, Excerpt, build_excerpts, country
from tests.heldout29._at import AT
from tests.heldout29._ch import CH
from tests.heldout29._de import DE
from tests.heldout29._uk import UK
from tests.heldout29._us import US

__all__ = ["COUNTRIES", "EXCERPTS", "LABELS", "Excerpt", "country"]

EXCERPTS: list[Excerpt] = build_excerpts(DE + AT + CH + UK + US)
