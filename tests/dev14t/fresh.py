# ruff: noqa: E501
"""A fresh check of the tagger, written by hand AFTER the tagger was finished (weights, threshold, hook) and
measured once with the rules alone and with the tagger; nothing was changed after that measurement. 24
excerpts of the same layout classes as tests/dev14t/corpus.py, new texts (not from the generator, not
from any other corpus). Markup as tests/curation/deid/text/corpus_de_en.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet, parse

_DE = [
    "[[INSTITUTION:Radiologie im Zwölfergarten]]\nDr. [[PERSON:Konstanze Eberlein]] · Dr. [[PERSON:Malte Grünewald]]\n[[ADDRESS:Amselstieg 4]], [[ADDRESS:24103 Kiel]]\n\nMRT {{Kniegelenk}} links: {{Hoffa}}-Fettkörper ödematös.",
    "Patientin\t[[PERSON:Wendelin-Strobl, Gertraud]]\t* [[DATE:11.01.1952]]\nAuftrag\t{{CT Abdomen}}\nZuweiser\tDr. [[PERSON:Haslinger]]",
    "[[PERSON:Rüdiger Palm]] | [[DATE:04.04.1971]] | {{MRT HWS}} | Notaufnahme\n{{Bandscheibenprotrusion}} C5/6.",
    "Mit besten Grüßen\n\n[[PERSON:Isolde Rehberger]]          [[PERSON:Yannick Oppermann]]\nOberärztin                        Assistenzarzt",
    "Befund vorab telefonisch an [[PERSON:Joscha Brandl]] (Stationsarzt) übermittelt. {{Pneumothorax}} rechts 1,5 cm.",
    "Angehöriger: Schwiegersohn [[PERSON:Dariusz Mazur]], Tel. [[PHONE:0176 55512034]]",
    "Verteiler:\n[[INSTITUTION:Hausarztpraxis Lerchenberg]]\n[[INSTITUTION:Urologie am Stadttor]]\nDr. [[PERSON:Hedda Marx]], [[INSTITUTION:Frauenarztpraxis Südring]]",
    "[[INSTITUTION:Bildgebendes Zentrum Ennstal]]\n[[ADDRESS:Ausseer Straße 18]], [[ADDRESS:8940 Liezen]]\n\nBefund: {{Morbus Perthes}} in Ausheilung.",
    "Vorbilder vom [[INSTITUTION:Röntgeninstitut Seefeld-Süd]] ([[DATE:03/2023]]) zum Vergleich: {{Spondylolyse}} L5 unverändert.",
    "Zuweisende Stelle: [[INSTITUTION:Kantonale Rehabilitation Aarau]]; Patient [[PERSON:Beat Zumsteg]], [[ADDRESS:Rütistrasse 7]], [[ADDRESS:5000 Aarau]]",
    "Pat. [[PERSON:Kemal Aksoy]], Begleitung durch Ehefrau [[PERSON:Sevgi Aksoy]]; {{Xarelto}} pausiert.",
    "Befundet: Dr. [[PERSON:T. Wilmsen]]\nGegengelesen: PD Dr. [[PERSON:Agnes Oldenburg-Pahl]]\n{{Bosniak IIF}}, Kontrolle in 6 Monaten.",
]

_EN = [
    "[[INSTITUTION:Lakeview Sports & Spine]]\n[[ADDRESS:410 Foundry Street]]\n[[ADDRESS:Lowell, MA 01852]]\n\nMRI right knee: {{Segond fracture}} with {{ACL}} tear.",
    "Patient: [[PERSON:Ambrose, Winifred]]\tDOB: [[DATE:09/30/1944]]\tAcct: [[ID:77120934]]\nOrdering: Dr. [[PERSON:Quentin Fairbanks]]",
    "[[PERSON:Desmond Achebe]] | [[ID:RX4471920]] | F | {{CT head}} non-contrast\n{{Fazekas}} grade 2 white matter changes.",
    "Thank you for this referral.\n\n[[PERSON:Imogen Thackeray]]\nConsultant Musculoskeletal Radiologist\n[[INSTITUTION:Northgate Infirmary]]",
    "Electronically signed: [[PERSON:Harlan Mercer]], MD on [[DATE:02/11/2025]]\n{{Pancoast}} tumor not excluded; {{PET-CT}} advised.",
    "Collateral history from his partner, [[PERSON:Louis Ferrand]], who reports falls. {{Normal pressure hydrocephalus}}?",
    "Next of kin: [[PERSON:Agatha Pruitt]] (niece), [[PHONE:(614) 555-0193]]",
    "cc: [[INSTITUTION:Brightwater Cardiology]]; Dr. [[PERSON:Omar Haddad]], [[INSTITUTION:Elm Street Family Practice]]",
    "Home address: [[ADDRESS:12 Wren Close]], [[ADDRESS:Exeter EX2 5LQ]]. {{Paget disease}} of the pelvis, stable.",
    "Prior imaging at [[INSTITUTION:Copper Canyon Medical Imaging]] on [[DATE:06/02/2024]]; {{Baker cyst}} now smaller.",
    "Report copied to [[INSTITUTION:Hollowbrook Rheumatology]], attention [[PERSON:Nina Castellanos]], RN.",
    "Accompanied by daughter [[PERSON:Priscilla Vaughn]]. {{Addison disease}} on {{hydrocortisone}}.",
]

FRESH: list[Snippet] = [parse("de", t) for t in _DE] + [parse("en", t) for t in _EN]
