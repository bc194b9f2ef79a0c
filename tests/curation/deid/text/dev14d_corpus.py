# ruff: noqa: E501
"""Dev corpus of round 4 (issue 14): the weakest classes after round 3 (PERSON, INSTITUTION, ADDRESS) and the
keep side. Written fresh by the round-4 engineer (DE/AT/CH/UK/US habits), never from a held-out text.

Emphasis: a name or facility found with a strong cue once and then repeated bare in the same document
(possessive, inflected, all caps, initials); names in lists, tables, signature and cc zones; "Surname,
Firstname" and ALL-CAPS names; facilities without a keyword (legal-form suffixes, letterheads, outside-study
slots); addresses by structure in five countries; and protected clinical words (eponyms, drugs, contrast
agents, devices, sequences, scores, image references, levels) beside person cues.

Markup as in corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep word that must survive. Titles
and salutations are not PHI. This is a DEV set: the scrubber is tuned on it, so its figures say nothing
about unseen text.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet, parse

_DE = [
    # Document-level repetition: strong cue first, bare mention later.
    "Sehr geehrte Frau Kollegin [[PERSON:Wendelstein]],\nwir berichten über Herrn [[PERSON:Gottfried Barnickel]]. Herr [[PERSON:Barnickel]] klagt über Belastungsdyspnoe. {{CT Thorax}} mit {{Imeron 350}}: kein Hinweis auf {{Lungenembolie}}. [[PERSON:Barnickel]]s Vorbefunde liegen nicht vor.",
    "Patientin: [[PERSON:Rautenberg, Hiltrud]]\nFrau [[PERSON:Rautenberg]] wurde nach Sturz vorgestellt. Nachfrage bei [[PERSON:RAUTENBERG]] ergab {{Marcumar}}-Einnahme.",
    "Zuweiser: Dr. med. [[PERSON:Kasimir Ploetz]], [[INSTITUTION:Praxis am Lindenhof]]. Rücksprache mit [[PERSON:Ploetz]] erfolgte telefonisch. Befund per Fax an die [[INSTITUTION:Praxis am Lindenhof]].",
    "Voraufnahmen aus der [[INSTITUTION:Radiologie Sonnenwall]] vom [[DATE:02.03.2024]]. Im Vergleich zu den Bildern der [[INSTITUTION:Radiologie Sonnenwall]] größenprogredient.",
    # Legal-form suffixes without a facility keyword.
    "[[INSTITUTION:Medizinisches Versorgungszentrum Altmühltal GmbH]]\n[[ADDRESS:Hofgartenweg 5]]\n[[ADDRESS:85072 Eichstätt]]\nGeschäftsführer: [[PERSON:Rainer Hübschle]]",
    "Befundübermittlung durch [[INSTITUTION:Teleradiologie Nordwest GbR]], Vertragsarzt Dr. [[PERSON:Oltmanns]].",
    "Auftraggeber: [[INSTITUTION:Betriebsarztzentrum Donau AG]], [[ADDRESS:Industriestraße 14a]], [[ADDRESS:93055 Regensburg]].",
    "[[INSTITUTION:MVZ Radiologie Kraichgau]] – Standort [[ADDRESS:Sinsheim]]\nÄrztlicher Leiter: Dr. [[PERSON:Volkmar Eisele]]",
    # Lists, tables, signatures, cc.
    "Tumorkonferenz [[DATE:12.11.2024]]\nTeilnehmer: Prof. [[PERSON:Adelheid Strobl]] (Onkologie), Dr. [[PERSON:Jens Wirtz]] (Radiologie), [[PERSON:Merve Yıldırım]] (Strahlentherapie), [[PERSON:Lukas Brandtner]] (Chirurgie)",
    "Verteiler:\n- Dr. [[PERSON:Brigitte Ascherl]], Hausärztin\n- [[PERSON:Ottmar Zeilinger]], Urologie\n- Akte",
    "Befundet: Dr. [[PERSON:Sanja Petrović]] / Freigabe: OA Dr. [[PERSON:Till Reichenbächer]]\n[[PERSON:SP]]/[[PERSON:TR]]",
    "Mit freundlichen Grüßen\n\n[[PERSON:Henrike Aumüller]]          Dr. med. [[PERSON:Bastian Quandt]]\nAssistenzärztin               Oberarzt",
    "gez. [[PERSON:Wolfram Dietzel]], Facharzt für Radiologie; vidiert [[PERSON:Elfriede Pammer]]",
    # Surname, Firstname without label; ALL CAPS.
    "[[PERSON:Kessler-Obst, Annemarie]] * [[DATE:17.06.1941]]\n{{MRT Schädel}} nativ und mit {{Gadovist}}",
    "[[PERSON:WIMMER, FRANZISKA]] | [[DATE:29.02.1952]] | w | Fall [[ID:2025-0117733]]",
    "Betrifft: [[PERSON:HOLZAPFEL Konrad]], geb. [[DATE:04.04.1938]]",
    # Relatives and contacts.
    "Angaben der Tochter [[PERSON:Gundula Reisinger]] zufolge Sturz aus dem Bett; Betreuer [[PERSON:Markus Thalhammer]] informiert.",
    "Begleitet durch Ehemann [[PERSON:Ignaz]], Dolmetscherin [[PERSON:Aylin Karadağ]].",
    # Institutions by context slot / letterhead.
    "Externe Voruntersuchung: {{MRT Knie}} aus [[INSTITUTION:Diagnosezentrum Urania]], [[ADDRESS:Wien]].",
    "Patientin kommt aus dem [[INSTITUTION:Pflegeheim Haus Abendsonne]] in [[ADDRESS:Wels]].",
    "Ambulanz: [[INSTITUTION:Röntgeninstitut Dr. Aigner-Stöckl]], [[ADDRESS:Landstraßer Hauptstraße 71]], [[ADDRESS:1030 Wien]]",
    "Vorbefund vom [[INSTITUTION:Institut Rotkreuz Radiologie]] in [[ADDRESS:Zug]] liegt vor.",
    "[[INSTITUTION:Bürgerspital Solothurn]]\n{{Institut für Radiologie}}\n[[ADDRESS:Schöngrünstrasse 42]]\n[[ADDRESS:4500 Solothurn]]",
    "Hausarzt: Dr. [[PERSON:Reto Capaul]], [[ADDRESS:Via Nova 33]], [[ADDRESS:7013 Domat/Ems]]",
    # Addresses DE/AT/CH.
    "Anschrift: [[ADDRESS:Am Mühlbach 4]], [[ADDRESS:83714 Miesbach]]",
    "wohnhaft [[ADDRESS:Gartenzeile 12/3/14]], [[ADDRESS:8010 Graz]]",
    "Adresse [[ADDRESS:Chemin des Vignes 6]], [[ADDRESS:1009 Pully]]",
    "Wohnadresse: [[ADDRESS:Rosenthaler Weg 9-11]], [[ADDRESS:D-01157 Dresden]]",
    # Keep side with person cues nearby.
    "{{Morbus Paget}} des Beckens. Patient Herr [[PERSON:Lindqvist]] wünscht Kontrolle. {{Fazekas 2}}; {{DWI}} und {{FLAIR}} unauffällig.",
    "{{Port-a-Cath}} regelrecht, {{Shaldon}}-Katheter in der {{V. jugularis interna}}. {{Xarelto}} pausiert.",
    "{{Spondylodese}} {{LWK 4/5}} mit {{Fixateur interne}}, kein {{Schraubenbruch}}. {{Lasègue}} negativ.",
    "{{Hounsfield}}-Einheiten 45; {{Eovist}}-MRT: {{Segment VIII}} hypointens in der {{hepatobiliären Phase}}.",
    "Herr Dr. [[PERSON:Parkinson]] bittet um Befund; {{Morbus Parkinson}} bekannt, {{DaTSCAN}} geplant.",
    "{{Schatzker II}}-Fraktur; Vergleich {{Serie 3 Bild 88}}. Befundet von [[PERSON:Hedwig Baumann]].",
    # Keep side in the places the name and facility rules look at.
    "Sequenzen:\n{{TIRM}} cor, {{VIBE}} fs nach KM, {{HASTE}} ax, {{BLADE}} {{T2}} sag\nKontrastmittel: {{Dotarem}} 15 ml",
    "{{Hartmann}}-Situation nach {{OP nach Hartmann}}; Klassifikation nach {{Hinchey}} Ib. {{Pfannenstiel}}-Narbe reizlos.",
    "Punktion in {{Seldinger}}-Technik, {{Amplatzer}}-Okkluder regelrecht, {{MitraClip}} ohne Dislokation.",
    "Leber, Milz, Pankreas: unauffällig.\nGallenblase, Gallenwege: Konkrement.\n{{Ultravist}} 370, 80 ml, Flow 4 ml/s.",
    "Fraktur {{Typ A3.1}} nach {{Magerl}} {{BWK 12}}; {{Garden III}} links; {{Weber C}} rechts. {{Kellgren-Lawrence}} Grad III.",
    "Gerät: {{Siemens}} {{Magnetom Vida}} 3 T; {{Primovist}}-MRT, {{Sonovue}}-Sonographie ergänzend.",
    "{{ASPECTS}} 9, {{NASCET}} 70 %, {{TI-RADS}} 4, {{CAD-RADS}} 3. {{Clexane}} 40 mg s.c.",
    "Herr [[PERSON:Hartwig Lenz]], [[AGE:92]] Jahre, {{Frykman}}-Fraktur; {{Gerota}}-Faszie verdickt.",
]

_EN = [
    # Document-level repetition.
    "Dear Dr [[PERSON:Featherstone]],\nThank you for referring Mr [[PERSON:Declan Hargreaves]]. [[PERSON:Declan]] attended alone. [[PERSON:Hargreaves]]' previous {{CT}} from 2022 was not available. I have copied [[PERSON:Featherstone]]'s secretary.",
    "Patient: [[PERSON:Okafor, Chidinma]]\nMs [[PERSON:Okafor]] reports right flank pain. {{CT KUB}}: 4 mm calculus at the {{VUJ}}. [[PERSON:OKAFOR]] to be reviewed in clinic.",
    "Referring clinician: Dr [[PERSON:Imogen Thackeray]] ([[INSTITUTION:Hollybank Surgery]])\nReport copied to [[INSTITUTION:Hollybank Surgery]] and to Dr [[PERSON:Thackeray]].",
    "Outside MRI from [[INSTITUTION:Bayside Advanced Imaging LLC]] dated [[DATE:10/02/2024]]. Comparison with the [[INSTITUTION:Bayside Advanced Imaging]] study shows interval growth.",
    # Legal forms.
    "[[INSTITUTION:Granite Peak Radiology, P.C.]]\n[[ADDRESS:1450 Canyon View Pkwy]], [[ADDRESS:Ste 200]]\n[[ADDRESS:Boulder, CO 80301]]\nTel [[PHONE:(303) 555-0172]]",
    "Billing entity: [[INSTITUTION:Tri-County Diagnostic Partners LLC]]; TIN [[ID:84-2213907]].",
    "[[INSTITUTION:Wessex Coast NHS Foundation Trust]]\nDepartment of Clinical Radiology\n[[INSTITUTION:Dorchester Road Hospital]], [[ADDRESS:Poole]] [[ADDRESS:BH15 2JB]]",
    "Funded by the [[INSTITUTION:Harlan Whitby Foundation]] imaging programme.",
    # Lists, tables, signatures.
    "MDT attendees: Dr [[PERSON:Rhiannon Pugh]] (radiology), Mr [[PERSON:Gareth Llewellyn]] (surgery), [[PERSON:Bethan Morgan]] CNS, Dr [[PERSON:Sanjay Iyer]] (oncology)",
    "Reported by: [[PERSON:Nadia Kowalski]], MD\nAttending: [[PERSON:Jerome Whitaker]], MD\n[[PERSON:NK]]/[[PERSON:jw]]",
    "Kind regards,\n\n[[PERSON:Alasdair Buchanan]]\nConsultant Radiologist\n[[INSTITUTION:Ninewells Hospital]], [[ADDRESS:Dundee]] [[ADDRESS:DD1 9SY]]",
    "cc: [[PERSON:Tamsin Hollis]] (GP); [[PERSON:Oliver Brandreth]], Urology SpR",
    "Name\tDOB\tMRN\n[[PERSON:Castellanos, Ruben]]\t[[DATE:03/14/1957]]\t[[ID:77120934]]",
    "[[PERSON:MCALLISTER, FIONA]]   DOB [[DATE:21/08/1949]]   Hosp No [[ID:M2298341]]",
    # Relatives.
    "History from the patient's granddaughter, [[PERSON:Keisha Brown]], and neighbour Mr [[PERSON:Ahmed]].",
    "Health care proxy: [[PERSON:Loretta Vance]] (niece), phone [[PHONE:512-555-0134]].",
    # Institutions by context.
    "Prior PET-CT performed at [[INSTITUTION:Riverbend Oncology]] ([[DATE:June 2024]]).",
    "The patient was transferred from [[INSTITUTION:St. Brendan's]] last night.",
    "Lives at [[INSTITUTION:Hawthorn Lodge]] care home, [[ADDRESS:Kendal]].",
    "Images obtained at [[INSTITUTION:Northgate Medical Imaging]], [[ADDRESS:Sacramento]], were uploaded to PACS.",
    # Addresses UK/US.
    "Address: [[ADDRESS:The Old Forge, Church Lane]], [[ADDRESS:Little Wenham]], [[ADDRESS:Suffolk CO7 6PU]]",
    "Home: [[ADDRESS:73 Carrick Way]], [[ADDRESS:Motherwell ML1 4QX]]",
    "Mailing address: [[ADDRESS:5517 W Alameda Ave, Unit 12]], [[ADDRESS:Lakewood, CO 80226-3310]]",
    "Pt lives at [[ADDRESS:908 Elm Street]], [[ADDRESS:Apt 2B]], [[ADDRESS:Dayton, OH 45402]] with daughter.",
    # Keep side.
    "{{Gadavist}} 7.5 mL IV. {{Omnipaque 350}} for {{CTA}}. {{DWI}}/{{ADC}} no restriction. {{Impella}} in situ.",
    "{{Bosniak IIF}} cyst; {{Fleischner}} criteria apply; {{Lung-RADS 3}}. {{Graves' disease}} noted.",
    "{{Baker's cyst}}; {{Hoffa's fat pad}} oedema; {{ACL}} graft intact. {{Series 5, image 112}}.",
    "Mrs [[PERSON:Cushing]] was seen; {{Cushing's syndrome}} screening negative. {{Eliquis}} held.",
    "{{Swan-Ganz}} catheter tip in the right {{pulmonary artery}}; {{PICC}} at {{cavoatrial junction}}; {{Watchman}} device stable.",
    "{{T2 STIR}} hyperintensity at {{C5-C6}}; {{Modic type 1}} change {{L4/5}}; {{Cobb angle}} 22 degrees.",
    "{{Hickman}} line removed; {{Denver}} shunt patent; {{Chiari I}} malformation unchanged.",
    "Dr [[PERSON:Whipple]] performed the {{Whipple procedure}}; no {{Virchow}} node.",
    # Keep side in the places the name and facility rules look at.
    "Sequences: {{SPACE}} 3D, {{TRUFI}}, {{PROPELLER}} {{DWI}}, {{SWI}}. Contrast: {{MultiHance}} 0.1 mmol/kg.",
    "{{Kerley B}} lines; {{Murphy's sign}} positive; fluid in {{Morison's pouch}}; {{Hartmann's pouch}} stone.",
    "Device: {{Medtronic}} {{Micra}} leadless pacemaker; {{Pipeline}} flow diverter; {{Solitaire}} thrombectomy.",
    "{{Wells score}} 4.5; {{Garden}} IV; {{Salter-Harris}} II; {{Bankart}} lesion; {{Hill-Sachs}} defect.",
    "Scanner: {{GE}} {{Revolution}} CT; {{Philips}} {{Ingenia}} 1.5 T; {{Gastrografin}} swallow.",
    "Liver, spleen, pancreas: normal.\nKidneys, ureters, bladder: normal.\n{{Lugol}} staining; {{Hickman}} and {{Groshong}} lines.",
    "Mr [[PERSON:Ewan Brodie]], [[AGE:94]] y/o: {{Denis}} three-column model; {{Brodie abscess}} of the tibia; {{Codman}} triangle.",
]

# Second batch, written after the first round of rules and measured once on that code before any further change
# (a probe of how the rules carry over to new text of the same classes); then tuned on like the first.
_DE_B = [
    "Sehr geehrter Herr Dr. [[PERSON:Vonhoff]],\nIhre Patientin Frau [[PERSON:Elisabeth Grünwald-Szabo]] stellte sich vor. Bei Frau [[PERSON:Grünwald-Szabo]] zeigt sich ein {{Hämatom}}. Ich habe [[PERSON:Vonhoff]]s Praxis informiert.",
    "Name\tVorname\tGeb.-Datum\n[[PERSON:Pichler]]\t[[PERSON:Anton]]\t[[DATE:11.09.1946]]",
    "Fremdaufnahmen der [[INSTITUTION:Radiologie Ostpark]] (CD) eingelesen; Befund der [[INSTITUTION:Radiologie Ostpark]] nicht beigelegt.",
    "[[INSTITUTION:Radiologisches Netzwerk Mittelhessen GmbH & Co. KG]]\n[[ADDRESS:Schiffenberger Weg 110]]\n[[ADDRESS:35394 Gießen]]",
    "Kontakt Angehörige: Sohn [[PERSON:Florian Weidinger]], Tel. [[PHONE:0664 1234567]]; Schwiegertochter [[PERSON:Carina]]",
    "Anwesend: OA [[PERSON:Kranz]], [[PERSON:Sabrina Holub]] (MTRA), [[PERSON:Deniz Aksoy]] (Anästhesie)",
    "Im Auftrag\n\n[[PERSON:Leonie Fürst]]\nSekretariat Prof. [[PERSON:Hagedorn]]",
    "Patient wohnt im [[INSTITUTION:Seniorenhaus St. Elisabeth]], [[ADDRESS:Kirchplatz 2]], [[ADDRESS:6330 Kufstein]].",
    "{{Gadoteridol}} 0,1 mmol/kg; {{Spiral-CT}} nach {{Bolustracking}}; {{Fontaine}}-Stadium IIb; {{Rutherford}} 3.",
    "Verdacht auf {{Morbus Ormond}}; DD {{Erdheim-Chester}}. {{Ormond}}-typische Fibrose periaortal.",
]
_EN_B = [
    "Re: Mrs [[PERSON:Philippa Strand]] (DOB [[DATE:12/05/1950]])\nMrs [[PERSON:Strand]]'s CT shows no change. [[PERSON:PHILIPPA STRAND]] was informed by phone.",
    "Outside films: [[INSTITUTION:Lakeshore Open MRI]], reviewed on [[DATE:11/03/2024]]; the [[INSTITUTION:Lakeshore Open MRI]] report is scanned.",
    "[[INSTITUTION:Radiology Associates of Greater Dayton]] | [[ADDRESS:3300 Far Hills Ave]] | [[ADDRESS:Kettering, OH 45429]]",
    "Present at MDT: [[PERSON:Caroline Fenwick]] (chair), [[PERSON:Dev Malhotra]] (radiology), [[PERSON:Iona MacLeod]] (pathology)",
    "Next of kin: [[PERSON:Graham Oduya]] (son) - [[PHONE:07700 900461]]",
    "Signed\t[[PERSON:Marguerite Ellis]], MD\t[[DATE:03/02/2025]]",
    "Study performed at [[INSTITUTION:Coastal Carolina Imaging]], [[ADDRESS:Wilmington]]; prior at [[INSTITUTION:Cape Fear Valley]].",
    "Address: [[ADDRESS:Flat 2, Rowan House]], [[ADDRESS:14 Station Road]], [[ADDRESS:Didcot OX11 7LZ]]",
    "{{Ranson criteria}} 2; {{Balthazar}} grade C; {{Couinaud}} segment 6; {{Bosniak}} 2F; {{Graf}} type IIa hip.",
    "Mr [[PERSON:Addison Pryce]] has no history of {{Addison's disease}}; {{Paget's disease}} of the pelvis.",
]

DEV14D_CORPUS: tuple[Snippet, ...] = tuple([parse("de", t) for t in _DE] + [parse("en", t) for t in _EN])
DEV14D_B: tuple[Snippet, ...] = tuple([parse("de", t) for t in _DE_B] + [parse("en", t) for t in _EN_B])
