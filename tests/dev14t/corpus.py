# ruff: noqa: E501
"""Dev set of the learned token tagger (issue 14, deid-tagger): 40 hand-written report excerpts.

Written by hand BEFORE the tagger was tuned, not produced by curation/deid/text/tagger/synth.py and not
taken from any held-out text. It is about the layout classes where the rules plateaued: letterheads,
signature blocks, RIS header fields (pipes, tabs, labels), cc lists, relatives, addresses in DE/AT/CH/UK/US
forms, institutions without a Klinik/Hospital keyword, with medical keep-terms (eponyms, anatomy, drugs,
devices) close by. Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI,
``{{text}}`` a keep word that must survive. Titles are not PHI. This is a DEV set: the tagger's threshold was
chosen on it, so its figures say nothing about unseen text.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet, parse

_DE = [
    # letterheads
    "[[INSTITUTION:Radiologie Nordstadt]]\n[[ADDRESS:Kesselhof 9]] · [[ADDRESS:30161 Hannover]]\nTel. [[PHONE:0511 8876-0]]\n\nMRT {{LWS}} nativ vom [[DATE:14.05.2025]]",
    "[[INSTITUTION:Praxis für Radiologie Hellweg]] | [[ADDRESS:Ostenhellweg 31]] | [[ADDRESS:44135 Dortmund]]\nPatient: [[PERSON:Rüdiger Ehrenfels]]\nBefund: {{Spondylolisthesis}} {{L5/S1}} Meyerding I.",
    "[[INSTITUTION:Bildgebung am Rosenhang]]\nDr. [[PERSON:Cornelia Wendtland]] · Dr. [[PERSON:Arvid Solberg]]\nFachärzte für Radiologie\n\nSehr geehrte Kollegin, {{Baker-Zyste}} medial.",
    # header fields / RIS lines
    "Name:\t[[PERSON:Oberhuber, Theresia]]\nGeb.:\t[[DATE:03.07.1949]]\nZuweiser:\tDr. [[PERSON:Pichlmayr]]\nUntersuchung:\t{{CT Abdomen}} mit KM",
    "[[PERSON:Gräfenstein, Lukas]] | [[DATE:22.10.1987]] | m | {{MRT Schulter}} re.\n{{Supraspinatussehne}} mit Partialruptur.",
    "Pat.: [[PERSON:Hamzić Edina]]   Fall: [[ID:5530218]]   Stat.: {{Chirurgie 3}}\n{{Hüfte}} a.p.: keine Fraktur.",
    "Einsender:  [[PERSON:Sybille Marquardt]], [[INSTITUTION:Hausarztpraxis am Mühlbach]]\nFragestellung: {{Pneumonie}}?",
    "Auftraggeber [[PERSON:Ulrich Dammann]]\nAnamnese: {{Morbus Bechterew}}, {{Methotrexat}} seit 2019.",
    # signatures
    "Beurteilung: {{Schatzki-Ring}}, sonst unauffällig.\n\nMit kollegialen Grüßen\n\n[[PERSON:Benedikt Lohmeier]]\nFacharzt für Diagnostische Radiologie",
    "{{Osgood-Schlatter}} beidseits ohne Aktivität.\n\ngez.\nProf. Dr. [[PERSON:Helge Stiegler]]     Dr. [[PERSON:Ines Wachholz]]\nChefarzt                            Assistenzärztin",
    "Elektronisch freigegeben durch [[PERSON:Marlene Obst]] am [[DATE:02.03.2025]] 14:12\n{{Tc-99m}} Skelettszintigraphie unauffällig.",
    # relatives / contacts
    "Begleitperson: Schwiegertochter [[PERSON:Melanie Kreutzer]], Tel. [[PHONE:0152 99887766]]\n{{Demenz}} bekannt.",
    "Notfallkontakt: [[PERSON:Helmut Zander]] (Bruder)\nKeine Allergie gegen {{Jod}}.",
    # cc list
    "Kopie an:\n- Dr. [[PERSON:Frieda Landgraf]], [[INSTITUTION:Gemeinschaftspraxis Kirchplatz]]\n- [[INSTITUTION:Onkologie Westend]]\n- Patientin",
    # AT / CH
    "[[INSTITUTION:Röntgenordination Mariahilf]]\n[[ADDRESS:Gumpendorfer Straße 74]], [[ADDRESS:1060 Wien]]\nDVR [[ID:0812345]]\n\n{{Morbus Sudeck}} im Stadium II.",
    "Patientin [[PERSON:Steinbichler Anna-Lena]] wohnhaft [[ADDRESS:Hauptplatz 5]], [[ADDRESS:4020 Linz]], {{Thoraxröntgen}} p.a.",
    "[[INSTITUTION:Radiologie Seefeld AG]] · [[ADDRESS:Bellerivestrasse 12]] · [[ADDRESS:8008 Zürich]]\nZuweisende Ärztin: Dr. med. [[PERSON:Fabienne Rüegsegger]]\n{{Hashimoto}}-Thyreoiditis.",
    "Bericht an Dr. [[PERSON:Urs Tschudin]], [[INSTITUTION:Hausarztzentrum Emmen]], [[ADDRESS:Gerliswilstrasse 40]], [[ADDRESS:6020 Emmenbrücke]]",
    "Überwiesen vom [[INSTITUTION:Gesundheitszentrum Drautal]]; {{Cushing}}-Syndrom ausgeschlossen, {{Nebenniere}} links 9 mm.",
    "Vergleich mit Vorbildern aus der [[INSTITUTION:Praxis Dres. Kübler und Sahin]], {{Zenker-Divertikel}} größenkonstant.",
]

_EN = [
    # letterheads
    "[[INSTITUTION:Harborview Imaging Associates]]\n[[ADDRESS:2140 Larkspur Avenue, Suite 300]]\n[[ADDRESS:Tacoma, WA 98405]]\n\nEXAM: {{MRI brain}} with and without contrast",
    "[[INSTITUTION:Millbrook Radiology Partners]] | [[ADDRESS:18 Quarry Lane]] | [[ADDRESS:Bristol BS8 4TQ]]\nPatient: [[PERSON:Oliver Pennington]]  DOB: [[DATE:11/04/1962]]",
    "[[INSTITUTION:Cedar Ridge Family Medicine]]\nReferring: Dr. [[PERSON:Latisha Monroe]]\nIndication: {{Horner syndrome}} on the left.",
    # header fields
    "Name: [[PERSON:Okonkwo, Chidinma]]\tMRN: [[ID:40118273]]\tDOB: [[DATE:07/19/1975]]\nProcedure: {{CT angiography}} chest, {{pulmonary embolism}} protocol.",
    "[[PERSON:Prescott, Harold J.]] | [[ID:E2290117]] | M | {{XR knee}} 3 views\nFindings: {{Pellegrini-Stieda}} calcification.",
    "Ordering provider: [[PERSON:Nadia Ferreira]], MD\nClinical history: {{Hodgkin lymphoma}}, post {{ABVD}}.",
    "Attending:\t[[PERSON:Graham Whitlock]]\nFellow:\t[[PERSON:Priya Raghunathan]]\nTechnique: {{Gadavist}} 7 mL IV.",
    # signatures
    "IMPRESSION: {{Chiari I malformation}}, tonsils 7 mm below the foramen magnum.\n\nElectronically signed by:\n[[PERSON:Theodore Vance]], MD\n[[DATE:03/14/2025]] 09:41",
    "Kind regards,\n\n[[PERSON:Eleanor Whitcombe]]\nConsultant Radiologist\n[[INSTITUTION:Westmarch General]]",
    "Dictated by: [[PERSON:Rafael Ocampo]], PA-C    Reviewed by: [[PERSON:Simone Achterberg]], DO\n{{Lisfranc}} alignment maintained.",
    # relatives / contacts
    "History obtained from her daughter, [[PERSON:Renee Castellano]], who reports {{Wilson disease}} in the family.",
    "Emergency contact: [[PERSON:Marcus Delacroix]] (husband) [[PHONE:(503) 555-0187]]\n{{Pacemaker}} MRI-conditional.",
    "Accompanied by grandson [[PERSON:Tyler Brandt]]. {{Alzheimer}} dementia; {{hippocampal atrophy}} noted.",
    # cc list
    "cc:\nDr. [[PERSON:Gwendolyn Iwu]], [[INSTITUTION:Lakeshore Oncology]]\nDr. [[PERSON:Samuel Ortega]], [[INSTITUTION:Pinecrest Urology Clinic]]",
    "CC: [[PERSON:Hollis Amberly]]; [[PERSON:Jeanette Quirke]]; medical records",
    # addresses
    "Patient address: [[ADDRESS:77 Tolland Street]], [[ADDRESS:Hartford, CT 06106]]. {{Crohn disease}} follow-up.",
    "Home: [[ADDRESS:Flat 4, 21 Kingsdown Road]], [[ADDRESS:Leeds LS6 2AB]]\nReferred for {{DEXA}} after {{Colles fracture}}.",
    "Outside films from [[INSTITUTION:Bluewater Diagnostic Center]] dated [[DATE:01/22/2025]] reviewed. {{Bankart lesion}} confirmed.",
    "Transferred from [[INSTITUTION:Saint Brendan's Rehabilitation]] for {{Parkinson}} disease evaluation; {{DaTscan}} pending.",
    "Report faxed to [[INSTITUTION:Riverbend Pediatrics]], attn [[PERSON:Kelsey Marchetti]]. {{Salter-Harris II}} fracture distal radius.",
]

DEV: list[Snippet] = [parse("de", t) for t in _DE] + [parse("en", t) for t in _EN]
