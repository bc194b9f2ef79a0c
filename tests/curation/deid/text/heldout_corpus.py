"""A held-out German/English report-snippet corpus, written without looking at the scrubber.

Why: the scrubber's own corpus (corpus_de_en.py) was written by its author, so it measures what the
author thought of. This corpus was written first by another engineer from radiology practice in
Germany, Austria, Switzerland and English-speaking hospitals, and only then run against the scrubber.

Markup as in corpus_de_en: ``[[LABEL:text]]`` is a PHI span, ``{{text}}`` a keep word that must
survive verbatim. Titles and salutations (Dr., OA, Prim., Herr, Mr.) are not PHI, only the name.
Ages: only the number of an age over 89 is PHI; a younger age is a keep word. Times of day alone are
not PHI (HIPAA: dates); a time or weekday written with a date is outside the DATE span (issue 14: a
shifted date keeps both as written, as held-out 5-7 mark them; they were inside it before). Ward and room
(Station 4B, Zimmer 12) are locations inside a hospital and marked ADDRESS. A URL is an ID.
Snippets with ``phi="H1"`` / ``"H2"`` are scrubbed with that patient's header dictionary, the others
with rules alone.
"""

from __future__ import annotations

from curation.vault import PatientPhi
from tests.curation.deid.text.corpus_de_en import Snippet, parse

PHI_H1 = PatientPhi(
    "H1", patient_ids=("AT99887766",), names=("Vogel^Karl",), birth_dates=("19310415",),
    accessions=("RA24-0331-0042",), physicians=("Pichler^Eva^^Dr.",),
    institutions=("Klinik Hietzing",), addresses=("Wolkersbergenstraße 1, 1130 Wien",))
PHI_H2 = PatientPhi(
    "H2", patient_ids=("MRN00123456",), names=("O'Brien^Sean^Patrick",), birth_dates=("19560312",),
    accessions=("A20240312117",), physicians=("Nguyen^Linh^^MD",),
    institutions=("St. Vincent's University Hospital",))
PHI_HELDOUT = {"H1": PHI_H1, "H2": PHI_H2}

_DE = [
    # identifiers and dates in headers
    "Patientin: [[PERSON:Anna Gruber]], geb. am [[DATE:03.12.1956]], Pat.-Nr. [[ID:4711-0815]]",
    "Fall-Nr.: [[ID:2024005512]] / Aufnahme-Nr. [[ID:A-778812]]",
    "SV-Nr. [[ID:1234 031256]], Versicherungsträger ÖGK.",
    "KV-Nr.: [[ID:A123456789]], Kasse: AOK.",
    "Geburtsdatum: [[DATE:07.11.1949]]; Untersuchung: [[DATE:14.03.2024]], 10:42 Uhr",
    "Aufnahme [[DATE:2024-04-02]], Tumorboard Di, [[DATE:02.04.24]].",
    "Im Vergleich zur Voruntersuchung vom [[DATE:29. Februar 2024]] größenkonstant.",
    "Herr [[PERSON:Vogel]] wurde am [[DATE:12. März 2024]] auf [[ADDRESS:Station 4B]] aufgenommen.",
    "Frau [[PERSON:Koch]] klagt seit [[DATE:März 2024]] über Schmerzen, {{am Vortag}} Sturz.",
    "Vorbefund vom [[DATE:03/2024]]: {{LWK 3}} mit Deckplattenimpression.",
    "Verlaufskontrolle im [[DATE:Q1 2025]] empfohlen, {{am Vortag}} telefonisch vereinbart.",
    "Kontrolle am [[DATE:1.4.]] geplant.",
    "Herr [[PERSON:Schmied]], [[ADDRESS:Zimmer 12]], kommt liegend.",
    # persons
    "Befund mit Dr. [[PERSON:Weiß]] besprochen. Die {{weiße Substanz}} ist unauffällig.",
    "Mit freundlichen Grüßen\n[[PERSON:M. Schneider]]\nFachärztin für Radiologie",
    "Mit freundlichen Grüßen\n\n[[PERSON:Thomas Leitner]]\nFacharzt für Radiologie",
    "i.A. [[PERSON:Brigitte Hofer]], Sekretariat",
    "Zuweiser: Dr. [[PERSON:K.-H. Meier]], Innere Medizin.",
    "Patient [[PERSON:Heinz Müller-Lüdenscheidt]] zur CT des Thorax.",
    "Vidiert: Dr. [[PERSON:Konstantin von der Heide]]",
    "OA Dr. [[PERSON:Gruber]] / Ass. Dr. [[PERSON:Lechner]]",
    "Univ.-Prof. Dr. [[PERSON:Christian Aigner]], Vorstand der Klinik.",
    "Prim. Dr. [[PERSON:Ebner]] wurde informiert.",
    "Sehr geehrte Frau Kollegin [[PERSON:Pichler]], vielen Dank für die Zuweisung.",
    "Frau [[PERSON:Maria Bauer]] geb. [[PERSON:Steiner]] zur Mammographie.",
    "Befundet von [[PERSON:S. Wallner]], gegengelesen von [[PERSON:P. Moser]].",
    "Telefonisch an Dr. [[PERSON:Haas]] übermittelt um 16:20 Uhr.",
    "Frau Dr. med. [[PERSON:Eva-Maria Brunner]] bittet um Rückruf.",
    # ages
    "Die [[AGE:92]]-jährige Patientin stellt sich nach Sturz vor.",
    "[[AGE:95]]-jähriger Patient mit Dyspnoe.",
    "Alter: [[AGE:101]] Jahre.",
    "Die {{67-jährige}} Patientin mit {{V.a.}} Pneumonie.",
    # contact, addresses, institutions
    "Rückfragen unter [[PHONE:+43 1 40400-47110]] oder [[EMAIL:radiologie.sekretariat@akh-wien.at]].",
    "Mobil [[PHONE:0664/123 45 67]], Fax [[PHONE:+43 (0)316 385-13490]].",
    "Praxis Dr. [[PERSON:Huber]], [[ADDRESS:Mariahilfer Straße 12]], [[ADDRESS:A-1090 Wien]].",
    "[[INSTITUTION:Universitätsspital Zürich]], [[ADDRESS:Rämistrasse 100]], [[ADDRESS:CH-8091 Zürich]], "
    "Tel. [[PHONE:+41 44 255 11 11]]",
    "Übernahme vom [[INSTITUTION:LKH-Univ. Klinikum Graz]] zur weiteren Abklärung.",
    "Auswärtige Bilder aus dem [[INSTITUTION:Kantonsspital Baden]] liegen vor.",
    "Bilder unter [[ID:https://pacs.kh-hietzing.at/view?pid=88123]] abrufbar.",
    "Rückruf an [[EMAIL:m.schneider@radiologie-linz.at]] erbeten.",
    "Wohnhaft [[ADDRESS:Hauptstraße 5]], [[ADDRESS:8010 Graz]].",
    # keep words: eponyms, references, scores
    "{{Morbus Bechterew}} mit Syndesmophyten; kein Anhalt für {{Morbus Addison}}.",
    "Hilärer Tumor, DD {{Klatskin-Tumor}}; {{Pancoast}}-Tumor rechts apikal ausgeschlossen.",
    "{{Baker-Zyste}} in der Kniekehle, Nierenzyste {{Bosniak IIF}}.",
    "Läsion im {{Segment VII}} nach {{Couinaud}}, Dichte 45 {{Hounsfield}}-Einheiten.",
    "Rundherd 6 mm, Kontrolle gemäß {{Fleischner}}-Kriterien.",
    "Erweiterung des {{Monro}}-Foramens; {{Virchow}}-Lymphknoten links supraklavikulär.",
    "{{Wilms}}-Tumor, DD {{Ewing}}-Sarkom.",
    "{{Hodgkin}}-Lymphom, Staging; bekannter {{Morbus Crohn}}.",
    "{{Morbus Paget}} des Beckens; {{Schmorl}}-Knötchen {{LWK 2}}.",
    "{{Modic}}-Typ-1-Veränderungen {{LWK 4/5}}.",
    "Instabile Fraktur nach {{Denis}}; {{Weber-B}}-Fraktur links.",
    "Epiphysenfraktur {{Salter-Harris}} II des distalen Radius.",
    "{{Schatzki}}-Ring, {{Zenker}}-Divertikel, {{Meckel}}-Divertikel, {{Barrett}}-Ösophagus.",
    "{{Serie 4, Bild 123}}: Rundherd im Unterlappen.",
    "{{T2}}-hyperintense Läsion, {{PI-RADS 4}}; Mamma {{BI-RADS 3}}.",
    # clinical sentences without PHI that look like it: they must come out unchanged
    "{{Seit 2019 Beschwerden im Bereich LWK 4.}}",
    "{{Patient Information: Kontrastmittel wurde gut vertragen.}}",
    "{{Die Patientin kam liegend, Lagerung in Rückenlage.}}",
    "{{Dosis 1200 mGy, 1500 Bilder rekonstruiert.}}",
    "{{KM-Gabe: 80 ml i.v. um 10:42 Uhr, Kontrolle in 6 Wochen.}}",
    "{{Mit freundlichen Grüßen\nIhr Radiologie-Team}}",
    # dictionary patient H1 (Austrian header values)
    "Herr [[PERSON:Karl Vogel]] (geb. [[DATE:15.04.1931]], [[AGE:93]] J.), Pat.-Nr. [[ID:AT99887766]]",
    "Pat. [[PERSON:K. Vogl]], Anforderung [[ID:RA24-0331-0042]]; Zuweiserin Dr. [[PERSON:Eva Pichler]].",
    "Vorbefund aus der [[INSTITUTION:Klinik Hietzing]], [[ADDRESS:Wolkersbergenstraße 1]], [[ADDRESS:1130 Wien]].",
]

_EN = [
    "Patient: [[PERSON:Sean O'Brien]], MRN [[ID:123456]], DOB [[DATE:03/12/1956]]",
    "Referred from [[INSTITUTION:St. Mary's Hospital]] by Dr. [[PERSON:Patrick McCarthy]].",
    "This [[AGE:93]]-year-old man fell at home; patient aged [[AGE:91]].",
    "Exam date: [[DATE:March 12, 2024]] at 14:35.",
    "Compared with prior CT from [[DATE:12 Mar 2024]] and [[DATE:2023-11-05]].",
    "Findings discussed with Dr. [[PERSON:Nguyen]] by phone at [[PHONE:(617) 555-0123]] on [[DATE:3/14/24]].",
    "Electronically signed by: [[PERSON:Emily Carter]], MD",
    "Dictated by [[PERSON:J. Smith]]; transcribed by [[PERSON:A. Jones]].",
    "Contact [[EMAIL:emily.carter@stmarys.org]] or [[ID:https://portal.stmarys.org/patient/884213]].",
    "Accession [[ID:RAD-2024-0047113]]; SSN [[ID:123-45-6789]].",
    "Address: [[ADDRESS:221B Baker Street]], [[ADDRESS:London NW1 6XE]].",
    "Mr. [[PERSON:Frank Baker]] presents with a {{Baker's cyst}} in the popliteal fossa.",
    "Dr. [[PERSON:Anne-Marie van der Berg]] reviewed the study.",
    "Ms. [[PERSON:Hunter]] and Mrs. [[PERSON:Rose]] were informed.",
    "Phone: [[PHONE:+44 20 7946 0958]]; pager [[PHONE:+1 (212) 555-7890]].",
    "Seen at [[INSTITUTION:Massachusetts General Hospital]], [[ADDRESS:55 Fruit Street]], "
    "[[ADDRESS:Boston, MA 02114]].",
    "Date of birth: [[DATE:1931-07-04]] ([[AGE:92]] years).",
    "{{67-year-old}} female with cough.",
    "Prior study [[DATE:March 2023]]; stable since [[DATE:03/2023]]; next scan [[DATE:Q2 2025]].",
    "Case discussed at MDT on Tuesday, [[DATE:5 March 2024]].",
    "Insurance ID: [[ID:XYZ123456789]].",
    "Kind regards,\n[[PERSON:R. Patel]]\nConsultant Radiologist",
    "{{Hodgkin lymphoma}}; {{Crohn's disease}} of the terminal ileum.",
    "{{Paget disease}} of the pelvis; {{Ewing sarcoma}} excluded.",
    "{{Schmorl's nodes}} at {{L2}} and {{L3}}; {{Modic type 1}} endplate changes.",
    "{{Fleischner Society}} guidelines: follow-up CT in 6-12 months.",
    "Dilated {{foramen of Monro}}; no {{Virchow node}}.",
    "{{Zenker diverticulum}}; {{Schatzki ring}}; {{Barrett esophagus}}.",
    "{{Pancoast tumor}} of the right apex; {{Wilms tumor}} and {{Meckel diverticulum}} in the history.",
    "{{Weber B}} ankle fracture; {{Salter-Harris II}} fracture of the distal radius.",
    "{{Denis}} three-column classification: two columns involved.",
    "{{Series 4, image 123}}: 8 mm nodule in {{segment VII}}.",
    "{{T2}}-weighted images; {{BI-RADS 4}}; {{LI-RADS 5}}; {{Bosniak IIF}} cyst.",
    "Attenuation 30 {{Hounsfield}} units; {{Couinaud}} {{segment VIII}}.",
    "{{Blood pressure 120/80, heart rate 72, follow-up in 3 months.}}",
    "{{Patient positioned supine; Patient History: smoker, 40 pack-years.}}",
    # dictionary patient H2
    "Patient [[PERSON:SEAN O'BRIEN]] ([[ID:MRN00123456]]), DOB [[DATE:12/03/1956]].",
    "Mr. [[PERSON:OBrien]] was imaged at [[INSTITUTION:St Vincent's University Hospital]].",
    "Discussed with Dr. [[PERSON:Linh Nguyen]]; accession [[ID:A20240312117]].",
]


def _phi_key(text: str) -> str | None:
    if any(w in text for w in ("Karl Vogel", "Vogl", "Hietzing", "RA24-")):
        return "H1"
    if any(w in text for w in ("O'BRIEN", "OBrien", "St Vincent", "Linh Nguyen")):
        return "H2"
    return None


HELDOUT: tuple[Snippet, ...] = tuple(
    [parse("de", t, _phi_key(t)) for t in _DE] + [parse("en", t, _phi_key(t)) for t in _EN])
