# ruff: noqa: E501
"""Dev corpus of round 3 (issue 14): PHI found by STRUCTURE, not by string. Written fresh by the round-3
engineer in the style of hospitals other than round 2's: letter heads and footers, RIS headers with pipes
and tabs, cc lists, address blocks, French- and Italian-Swiss, Austrian, UK NHS and US health-system
habits. Never from a held-out text.

Markup as in corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep word that must survive. Titles
and salutations are not PHI; an AGE span is its number only (ages over 89). This is a DEV set: the
scrubber is tuned on it, so its figures say nothing about unseen text.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet, parse

_DE = [
    # Letter heads: institution line, address block, then the letter.
    "[[INSTITUTION:Kreiskliniken Oberallgäu-Kempten]]\n{{Institut für Diagnostische Radiologie}}\n[[ADDRESS:Memminger Str. 41]] · [[ADDRESS:87439 Kempten]]\nTel. [[PHONE:0831 5302-1140]]",
    "[[INSTITUTION:Radiologie Zentrum Nordstadt]]\n[[ADDRESS:Klagesmarkt 3]]\n[[ADDRESS:30159 Hannover]]\n\nSehr geehrter Herr Kollege [[PERSON:Pfannschmidt]],",
    "[[INSTITUTION:Praxis für Radiologie und Nuklearmedizin Dr. Vogelsang]] | [[ADDRESS:Hauptstr.112]] | [[ADDRESS:69117 Heidelberg]]",
    "[[INSTITUTION:Landeskrankenhaus Feldkirch]], {{Abteilung für Radiologie}}, [[ADDRESS:Carinagasse 47]], [[ADDRESS:A-6800 Feldkirch]]",
    "[[INSTITUTION:Ordensklinikum Kreuzschwestern Sierning]]\n[[ADDRESS:Neustraße 30]], [[ADDRESS:4522 Sierning]]",
    "[[INSTITUTION:Kantonsspital Frauenfeld]] · {{Institut für Radiologie}} · [[ADDRESS:Pfaffenholzstrasse 4]] · [[ADDRESS:8501 Frauenfeld]]",
    "[[INSTITUTION:Ospedale Regionale di Bellinzona e Valli]]\nServizio di radiologia\n[[ADDRESS:Via Gallino 12]], [[ADDRESS:6500 Bellinzona]]",
    "[[INSTITUTION:Hôpital du Valais Sion]], Service de radiologie, [[ADDRESS:Avenue du Grand-Champsec 80]], [[ADDRESS:1951 Sion]]",
    "[[INSTITUTION:Clinica Sant'Anna]], [[ADDRESS:Via Sant'Anna 1]], [[ADDRESS:6924 Sorengo]]",
    "Absender: [[INSTITUTION:Röntgenpraxis am Marktplatz]], [[ADDRESS:Marktplatz 7]], [[ADDRESS:D-97070 Würzburg]]",
    # Institutions in context slots, without any list hit.
    "Voraufnahmen aus dem [[INSTITUTION:Klinikum Wolfsburgerland]] vom [[DATE:14.08.2024]] liegen vor.",
    "Zum Vergleich Voruntersuchung aus der [[INSTITUTION:Radiologie Achtal]] ({{CT Abdomen}}).",
    "Überwiesen von [[INSTITUTION:Hausarztzentrum Lindwurm]] zur Abklärung.",
    "Externe MRT aus dem [[INSTITUTION:Gesundheitszentrum Bärenmatte]] ohne Kontrastmittel.",
    "Verlegung ins [[INSTITUTION:Rehazentrum Hohenfreudenstadt]] geplant; {{Röntgen-Thorax}} vorab.",
    "Die Patientin wurde im [[INSTITUTION:Spital Zollikerberg]] voroperiert.",
    # Gold fixed after the first measurement: a ward is ADDRESS PHI in every corpus here (was marked keep).
    "Befund geht an [[INSTITUTION:Kardiologie am Friedrichsplatz]] und an die {{Station 4B}}.",
    "PET-CT im [[INSTITUTION:Nuklearmedizinischen Zentrum Wiesental]] empfohlen.",
    "Rückverlegung in das [[INSTITUTION:Kreisspital Muri]] nach Intervention.",
    "Vorbilder im [[INSTITUTION:Diagnosticum Gersthof]] angefordert; {{Vergleich}} folgt.",
    # RIS headers and patient fields.
    "Patient: [[PERSON:Ruppert, Gisela]]\tGeb.: [[DATE:22.07.1949]]\tPID: [[ID:4711093]]\tAuftrag: [[ID:RX24-118204]]",
    "Name | [[PERSON:Hafner, Theodor]] | Geburtsdatum | [[DATE:03.11.1937]] | Fallnummer | [[ID:0032419954]]",
    "PATIENT: [[PERSON:STADLER, Brigitte]]  SVNR: [[ID:1234 150352]]  Zuweiser: Dr. [[PERSON:Kofler]]",
    "Untersuchung: {{MRT LWS nativ}}  Datum: [[DATE:09.01.2025]]  Befunder: [[PERSON:Weißgerber, Jan]]",
    "Patient/in: [[PERSON:Jovanović, Dragana]], [[DATE:1944-05-18]], weibl.",
    "Pat.: [[PERSON:Lüthi-Baumann, Regula]] (geb. [[DATE:05.05.1952]]), Aufnahme-Nr. [[ID:CH-25-00412]]",
    # Signatures and cc lists.
    "Mit freundlichen Grüßen\n\n[[PERSON:Cornelia Hartlieb]]\nFachärztin für Radiologie",
    "Mit kollegialen Grüßen\nPD Dr. med. [[PERSON:Arvid Seltmann]]\nLeitender Oberarzt",
    "Freundliche Grüsse\n\nDr. med. [[PERSON:Ursina Caflisch]]\nOberärztin Radiologie",
    "Kopie an: Dr. [[PERSON:Mühlbauer]] ([[INSTITUTION:Hausarztpraxis Ebersberg]]); Dr. [[PERSON:Tannert]], Urologie",
    "cc: [[PERSON:Helmut Grasböck]], Dr. [[PERSON:Ines Wöhrer]]",
    "Nachrichtlich: Frau Dr. [[PERSON:Stanislawski]], [[INSTITUTION:MVZ Auenland]], [[ADDRESS:Bahnhofstr. 2]], [[ADDRESS:91522 Ansbach]]",
    "Cordiali saluti\nDott.ssa [[PERSON:Chiara Bernasconi]]\nCaposervizio radiologia",
    "Meilleures salutations\nDr [[PERSON:Benoît Favre-Bulle]]\nMédecin adjoint",
    # Addresses by structure.
    "Wohnhaft: [[ADDRESS:Ahornallee 16]], [[ADDRESS:14050 Berlin]]",
    "Adresse: [[ADDRESS:Pfarrgasse 3/2/5]], [[ADDRESS:2340 Mödling]]",
    "Anschrift: [[ADDRESS:Im Wiesengrund 22]], [[ADDRESS:35396 Gießen-Wieseck]]",
    "Wohnort [[ADDRESS:Obere Dorfstrasse 9]], [[ADDRESS:CH-3812 Wilderswil]]",
    "Adresse: [[ADDRESS:Rue de Carouge 114]], [[ADDRESS:1205 Genève]]",
    "Domicilio: [[ADDRESS:Via alla Chiesa 8]], [[ADDRESS:6648 Minusio]]",
    "wohnt [[ADDRESS:Am Eichenhain 4a]] in [[ADDRESS:Kleinmachnow]]",
    "Adr.: [[ADDRESS:Schlossbergring 11-13]], [[ADDRESS:78224 Singen]]",
    "Postanschrift: [[ADDRESS:Kirchplatz 1]], [[ADDRESS:A-5020 Salzburg]]",
    # Family and contacts.
    "Ansprechpartner: Schwiegersohn [[PERSON:Dietmar Vollrath]], Tel. [[PHONE:0176 22419087]]",
    "Begleitet von Ehemann [[PERSON:Kurt Wenzl]] und Enkelin [[PERSON:Leonie]].",
    "Kontaktperson: [[PERSON:Beatrice Rindlisbacher]] (Nichte)",
    # DATE / ID shapes.
    "Voraufnahmen vom [[DATE:7. Jänner 2025]] und [[DATE:28. Feber 2024]].",
    "CT vom [[DATE:3.IV.2024]] zum Vergleich; {{Segment IV}} unverändert.",
    "Examen du [[DATE:12 mars 2025]], comparaison avec le [[DATE:1er décembre 2024]].",
    "Esame del [[DATE:5 maggio 2024]]; {{segmento VII}} invariato.",
    "Befund-ID [[ID:BF-2025-004417]], Probe [[ID:H25-01873]], {{Serie 3}}.",
    "Versichertennummer [[ID:A123456780]], Krankenkasse AOK.",
    "N° de patient [[ID:7700213845]], N° AVS [[ID:756.1234.5678.97]].",
    "Keep: {{Morbus Bechterew}}, {{Klatskin-Tumor}}, {{Baker-Zyste}}, {{Hill-Sachs-Läsion}}.",
    "{{Zentrum}} der Läsion im {{Segment VIII}}, {{Radiologie}} informiert, {{Klinik}} unauffällig.",
    "{{Im Zentrum}} zeigt sich eine {{Nekrose}}; {{am Platz}} der Sonde kein Hämatom.",
]

_EN = [
    # NHS letter heads and footers.
    "[[INSTITUTION:Northumbria Healthcare NHS Foundation Trust]]\nDepartment of Radiology\n[[INSTITUTION:Wansbeck General Hospital]], [[ADDRESS:Woodhorn Lane]], [[ADDRESS:Ashington NE63 9JJ]]",
    "[[INSTITUTION:Royal Cornwall Hospitals]]\n[[ADDRESS:Treliske]], [[ADDRESS:Truro]], [[ADDRESS:TR1 3LJ]]",
    "Dear Dr [[PERSON:Pemberton]],\nRe: Mrs [[PERSON:Harriet Lockwood]], DOB [[DATE:14/02/1951]], NHS No. [[ID:485 777 3456]]",
    "Hospital No: [[ID:K1189320]]  Patient: [[PERSON:OKONKWO, Adaeze]]  DOB: [[DATE:02-Sep-1966]]",
    "Yours sincerely,\n\nDr [[PERSON:Fiona MacAulay]]\nConsultant Radiologist",
    "cc: GP - Dr [[PERSON:R. Whitfield]], [[INSTITUTION:Riverside Surgery]], [[ADDRESS:12 Mill Road]], [[ADDRESS:Ely]], [[ADDRESS:CB7 4DF]]",
    "Referred from [[INSTITUTION:Kingsmead Medical Practice]] for {{CT colonography}}.",
    "Prior imaging at [[INSTITUTION:Alder Hey]] ({{MRI brain}}, [[DATE:March 2019]]).",
    "Previous films from [[INSTITUTION:Broomfield]] requested via {{IEP}}.",
    "Address: [[ADDRESS:Flat 4, 27 Thornbury Crescent]], [[ADDRESS:Leeds LS6 2QJ]]",
    # US health systems.
    "[[INSTITUTION:Mercy Ridge Health System]]\nDepartment of Imaging\n[[ADDRESS:4200 Lakeshore Blvd]], [[ADDRESS:Suite 310]]\n[[ADDRESS:Toledo, OH 43611]]",
    "[[INSTITUTION:Cedar Valley Imaging Associates]] | [[ADDRESS:88 Commerce Drive]] | [[ADDRESS:Cedar Rapids, IA 52402]]",
    "Outside CT from [[INSTITUTION:Brookhaven Community Hospital]] dated [[DATE:11/18/2024]] reviewed.",
    "Comparison: MRI performed at [[INSTITUTION:Summit Orthopaedic Partners]] on [[DATE:January 9, 2025]].",
    "Transferred from [[INSTITUTION:Pinecrest Rehabilitation Center]] after a fall.",
    "Patient resides at [[INSTITUTION:Maple Grove Assisted Living]].",
    "Images sent to [[INSTITUTION:Lakeview Cancer Institute]] for tumor board.",
    "MRN: [[ID:001928374]] | Acc#: [[ID:CT25011400877]] | Name: [[PERSON:Delacroix, Marcel J]] | DOB: [[DATE:07/30/1948]]",
    "Ordering: [[PERSON:Priya Raghunathan]], MD | Reading: [[PERSON:Thomas O'Keefe]], DO",
    "Electronically signed by: [[PERSON:Lauren Whitcomb]], MD on [[DATE:02/11/2025]] at 14:32",
    "Dictated by [[PERSON:Samuel Odei]], MD. Transcribed by {{voice recognition}}.",
    "CC: [[PERSON:Anita Szabo]], MD; [[PERSON:Gregory Tan]], PA-C",
    "Home address: [[ADDRESS:2215 N Halsted St, Apt 3R]], [[ADDRESS:Chicago, IL 60614]]",
    "Mailing: [[ADDRESS:PO Box 1187]], [[ADDRESS:Bozeman, MT 59771]]",
    "Emergency contact: [[PERSON:Rosalind Tate]] (daughter) [[PHONE:406-555-0193]]",
    "Accompanied by her husband [[PERSON:Errol]] and sister-in-law [[PERSON:Maureen Finch]].",
    "Exam date: [[DATE:Sept. 4, 2024]]; prior [[DATE:4th of June 2023]].",
    "Claim #: [[ID:WC-2024-338812]]; Policy: [[ID:HMO 77412093]].",
    # Keep side.
    "{{Health}} maintenance; {{Medical Center}} protocol; {{Imaging}} was technically adequate.",
    "{{Trust}} policy requires {{consent}}; {{Radiology}} follow-up in 6 months.",
    "{{Center}} of the lesion enhances; {{Crohn disease}}; {{Graves disease}}; {{Wilms tumor}}.",
    "{{Foundation}} of the mass abuts the {{Group}} of nodes; {{Partners}} in care.",
]

DEV_STRUCTURE_CORPUS: tuple[Snippet, ...] = tuple([parse("de", t) for t in _DE] + [parse("en", t) for t in _EN])
