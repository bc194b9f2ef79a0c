"""Held-out 38: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
27, 33, 34, 35 and 36, the sources of held-out 9's `build_excerpts` / `country` / `_overlaps` and
held-out 8's `Excerpt` / `strip_markup` / LABELS / markup pattern, held-out 9's COUNTRIES, and
held-out 27's floor test; a printout meant to show held-out 15's module docstring showed its first
four German excerpts by accident, which were not reused). 80 excerpts, 16 each from DE, AT, CH
(8 German, 4 French, 4 Italian), UK and US (one module per country), written as the research,
teaching and quality text that re-uses report text: clinical-trial screening logs and enrolment
notes (sponsor protocol and registry numbers, subject / screening / randomisation numbers next to
real patient IDs, investigators, study nurses, CRO monitors and their e-mails, EDC queries, source
data verification), teaching-file and case-conference write-ups (MIRC / Osirix exports, DICOM
headers and image overlays to be removed, grand rounds, Kolloquium, colloque, caso didattico),
peer-review and discrepancy forms (RADPEER, REALM / REAL, CIRS, M&M, OPPE, screening double
reading), registry submissions (cancer registries, EPRD / SIRIS / NJR / AJRR implant registries,
dose registries and DRL exceedances, stroke registry, NHSBSP interval cancers), data-request and
ethics-committee correspondence (Ethikkommission, BASEC, CER-VD, comitato etico, IRAS / REC / HRA,
IRB, data use agreements), de-identification exceptions (photo consent, opt-outs, refused
consent), tumour-board minutes with attendee lists and conference abstracts / posters drafted from
cases. Names and places in odd encodings: ASCII-folded umlauts (Mueller, Strasse, Oezdemir), HTML
entities (&Ouml;, &uuml;, &szlig;, &eacute;, &#45;, &#39;), UTF-8 / Latin-1 mojibake (MÃ¼ller,
JosÃ©), RTF escapes (\\'fc, \\'dfe) and transliterations.
PHI in national forms: persons with and without titles, "Surname, Firstname", DICOM caret names,
first names alone, nicknames, logins, relatives, carers and legal representatives, staff,
monitors and outside doctors, surnames that are also eponyms or words in the same excerpt (Weber,
Gruen, Baker, Paget, Crohn, Wells, Graves, Bennett, Mason, Morgan, Frank, Lincoln, Smith, Hill,
Stone, Young, Kurz, Engel, Wolf); facilities with and without keywords, acronyms (CHUV, HUG, KSA,
EOC), practices, homes; addresses as blocks, inline and town only; phones, faxes, mobiles,
extensions, Sucher / Klappe / bip / bleep / pager; IDs (PID, Fallnr., KVNR, SVNR, e-card, AHV,
IPP, NHS, CHI, GMC, RIS, MRN, SSN, MBI, NPI, member, NDAR GUID, trial subject and screening
numbers, accession numbers); dates in numeric, DICOM, ISO, partial and written forms in four
languages; e-mails; URLs; ages over 89.
Keep-terms about as many as the PHI spans and as hard: trial acronyms and protocol / registry
numbers (KEYNOTE-A39, CheckMate 816, ABCSG-42, SAKK 16/14, STAMPEDE2, ALINA, LUNAR, NCT and EudraCT
numbers, ethics reference numbers), eponyms and eponymous scores / criteria (also common surnames),
statistics words (Cohen's / Fleiss' kappa, Bland-Altman, Kaplan-Meier, Wilcoxon, McNemar,
Bonferroni, Youden), journal and congress names, software and atlas names (3D Slicer, ITK-SNAP,
FreeSurfer, MNI152, Brodmann, Desikan-Killiany, Medidata Rave, Stata), anatomy, drugs, devices and
implants, scanners, sequences, classifications, capitalised German nouns, ward / room words,
clock times, young ages, bare years, DICOM attribute names and tags, lesion counts and sizes.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles and post-nominal credentials, ages under 90, bare years and generic
department names outside the spans; for ages over 89 only the number, for extensions only the
digits; a town named as residence or address is ADDRESS, a town inside or directly naming a
facility is part of the INSTITUTION; sponsor, payer and registry names are neither PHI nor
keep-terms; DICOM PN name prefixes after ^^ outside the span).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

from __future__ import annotations

from tests.heldout9.deid_corpus import Excerpt, build_excerpts
from tests.heldout38 import _at, _ch, _de, _uk, _us

EXCERPTS: list[Excerpt] = build_excerpts(_de.RAW + _at.RAW + _ch.RAW + _uk.RAW + _us.RAW)
