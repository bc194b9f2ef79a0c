"""A German/English report-snippet corpus with PHI spans and keep words marked.

Markup: ``[[LABEL:text]]`` is a PHI span (labels of curation.deid.text.scrub.LABELS), ``{{text}}``
a keep word that must survive verbatim. Titles and salutations (Dr. med., Herr, Mr.) are not PHI:
only the name is marked. Snippets with ``phi="P1"`` are scrubbed with the patient dictionary `PHI_P1`
(their header values), the others with rules alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curation.vault import PatientPhi

PHI_P1 = PatientPhi(
    "P1", patient_ids=("PAT0001234",), names=("Müller^Anna",), birth_dates=("19560312",),
    accessions=("ACC2024011700",), physicians=("Schäfer^Hans^^Dr. med.",),
    institutions=("Klinikum Breisgau-Süd",), addresses=("Lindenweg 7, 79111 Freiburg",))


@dataclass(frozen=True)
class Snippet:
    lang: str
    text: str
    spans: tuple[tuple[int, int, str], ...]
    keep: tuple[str, ...]
    phi: str | None


_MARK = re.compile(r"\[\[(?P<label>[A-Z]+):(?P<phi>.+?)\]\]|\{\{(?P<keep>.+?)\}\}", re.S)


def parse(lang: str, marked: str, phi: str | None = None) -> Snippet:
    out, spans, keep, cursor = [], [], [], 0
    pos = 0
    for m in _MARK.finditer(marked):
        out.append(marked[cursor:m.start()])
        pos += m.start() - cursor
        value = m.group("phi") if m.group("label") else m.group("keep")
        if m.group("label"):
            spans.append((pos, pos + len(value), m.group("label")))
        else:
            keep.append(value)
        out.append(value)
        pos += len(value)
        cursor = m.end()
    out.append(marked[cursor:])
    return Snippet(lang, "".join(out), tuple(spans), tuple(keep), phi)


_DE = [
    "Klinische Angaben: {{V.a. Morbus Crohn}}. Befund: Wandverdickung des terminalen Ileums.",
    "Sehr geehrter Herr Kollege [[PERSON:Wagner]], vielen Dank für die Zuweisung von Frau [[PERSON:Anna Müller]].",
    "Patientin: [[PERSON:Müller, Anna]], geb. [[DATE:12.03.1956]], Pat.-Nr. [[ID:PAT0001234]]",
    "Voruntersuchung vom [[DATE:03.01.2023]] zum Vergleich vorliegend. {{Baker-Zyste}} re. 2,1 cm.",
    "Beurteilung: {{Weber-B-Fraktur}} li. ohne Dislokation. gez. Dr. med. [[PERSON:Hans Schäfer]]",
    "Befund: Rundherd im rechten Unterlappen {{(Serie 4, Bild 123)}}, Größe {{8 mm}}.",
    "Zyste der linken Niere {{Bosniak II}}, Lebersegment {{Couinaud}} {{Segment VII}} unauffällig.",
    "Keine Lymphome, insbesondere kein Anhalt für {{Hodgkin}}-Rezidiv. OA Dr. [[PERSON:Keller]]",
    "Höhenminderung {{LWK 3}} ohne Hinterkantenbeteiligung, Befund telefonisch an Dr. [[PERSON:Braun]] "
    "(Tel. [[PHONE:0761 270-34567]]) übermittelt.",
    "Anfragen bitte an [[EMAIL:radiologie@klinikum-breisgau-sued.de]] oder Fax [[PHONE:0761/270-1111]].",
    "Überweisung aus der Praxis Dr. [[PERSON:Schneider]], [[ADDRESS:Hauptstraße 12]], [[ADDRESS:79098 Freiburg]].",
    "Die [[AGE:94]]-jährige Patientin stürzte am [[DATE:2. Februar 2024]] zu Hause.",
    "Untersuchung am [[DATE:2024-01-17]], Auftrags-Nr. [[ID:ACC2024011700]].",
    "Prostata: Läsion links peripher, {{PI-RADS 4}}, bioptisch {{Gleason 3+4}}.",
    "Mamma rechts: {{BI-RADS 4}}, Befundbesprechung mit Frau Dr. [[PERSON:Lehmann]] am [[DATE:15.03.24]].",
    "Z.n. Hemikolektomie [[DATE:05/2019]]. Kein Rezidiv.",
    "Fragestellung: Progress? Bekanntes Non-{{Hodgkin}}-Lymphom, Erstdiagnose [[DATE:März 2021]].",
    "Technik: CT Thorax nativ, {{5 mm}} Schichten. Befund: Pleuraerguss bds. ca. {{2 cm}}.",
    "Mit freundlichen Grüßen\n[[PERSON:Hans Schäfer]]\nOberarzt",
    "Befundet von: [[PERSON:Thomas Wolf]], Facharzt für Radiologie",
    "Patient [[PERSON:Mueller]] bringt Vorbilder aus dem [[INSTITUTION:Klinikum Breisgau-Süd]] mit.",
    "Herr [[PERSON:Schmidt]] ([[AGE:91]] Jahre) wurde vom [[INSTITUTION:St. Josefs-Krankenhaus]] verlegt.",
    "Vergleich mit Aufnahmen des [[INSTITUTION:Universitätsklinikum Freiburg]] vom [[DATE:20.11.2022]].",
    "Nachweis einer {{Klatskin}}-Tumor-typischen Raumforderung {{(3:87)}}.",
    "Diktiert von Dr. [[PERSON:Julia Hoffmann]], freigegeben von Prof. Dr. [[PERSON:Peter Zimmermann]].",
    "Bekannte Zyste in {{Segment 4a}}, größenkonstant {{12 x 9 mm}}.",
    "Rückfragen: Durchwahl [[PHONE:270-4412]] bzw. Handy [[PHONE:0171 2345678]].",
    "Zuweiser: [[INSTITUTION:Kreiskrankenhaus Emmendingen]], Station 3.",
    "Frau [[PERSON:Müller]] wohnt [[ADDRESS:Lindenweg 7]] in [[ADDRESS:79111 Freiburg]].",
    "Befund der Patientin [[PERSON:Anna Muller]] (Fall-Nr. [[ID:88123456]]) vom [[DATE:17.1.2024]].",
    "Kontrolle in 3 Monaten empfohlen. 3. Rippe rechts mit Fraktur, {{Th 7}} unauffällig.",
    "Aufnahme [[DATE:20240117]] zeigt {{Fazekas}} Grad 2.",
    "Anamnese: {{Morbus Bechterew}}, Z.n. Sturz. gez. [[PERSON:Schäfer]]",
    "Leber: Hämangiom {{Segment VIII}}, {{LI-RADS 3}}. Dr. [[PERSON:Hanz Schaefer]], OA.",
    "Rechtfertigende Indikation durch Dr. med. [[PERSON:Markus Weber]] gestellt.",
    "Patientin [[PERSON:MÜLLER]], [[PERSON:ANNA]], * [[DATE:12.03.1956]].",
    "Pat. [[PERSON:Anna]] [[PERSON:Müler]], geb. am [[DATE:12. März 1956]], wurde am [[DATE:17.01.2024]] untersucht.",
    "Information an die Ehefrau, Frau [[PERSON:Gisela Becker]], Tel.: [[PHONE:07641 93 25 40]].",
    "Versicherten-Nr. [[ID:A123456789]], Kostenträger AOK.",
    "CT vom [[DATE:01.02.2024]] und [[DATE:08.02.2024]]: Befund stabil, {{Weber-C-Fraktur}} versorgt.",
    "Herr Prof. Dr. med. [[PERSON:Klaus-Dieter von Lindenau]] bittet um Rückruf.",
    "Sonographie: {{Morbus Osgood-Schlatter}} bds., Vorbefund [[INSTITUTION:Helios Klinikum Müllheim]].",
    "Bildbefund {{Serie 2, Bild 14-18}}, korrespondierend zu {{(2:16)}}.",
]
_EN = [
    "History: [[AGE:92]]-year-old man with cough. Findings: {{Pancoast}} tumour right apex.",
    "Comparison is made with the prior CT of [[DATE:03/14/2024]]. Mr. [[PERSON:John Smith]] tolerated well.",
    "Findings: {{Baker's cyst}} in the left popliteal fossa, {{3.5 cm}}.",
    "Impression: {{Bosniak IIF}} cyst. Dictated by Dr. [[PERSON:Emily Clarke]].",
    "MRN: [[ID:12345678]]. Accession No. [[ID:RAD-2024-00817]].",
    "Please call Dr. [[PERSON:Patel]] at [[PHONE:+44 20 7946 0123]] with the results.",
    "Email the report to [[EMAIL:j.smith@stmarys.example.org]].",
    "Patient transferred from [[INSTITUTION:St. Mary's Hospital]] on [[DATE:January 5, 2024]].",
    "Previous imaging at [[INSTITUTION:Royal Free Hospital]] dated [[DATE:12 March 2023]].",
    "Findings: nodule in the right lower lobe {{(series 3, image 45)}}, measuring {{6 mm}}.",
    "{{Hodgkin}} lymphoma, {{Lugano}} stage II. No {{Richter}} transformation.",
    "The patient, Ms. [[PERSON:Sarah O'Brien]], was seen on [[DATE:2023-11-30]].",
    "Address: [[ADDRESS:221 Baker Street]], London.",
    "Signed by: [[PERSON:Michael Turner]], MD",
    "{{Gleason 4+3}} adenocarcinoma, {{PI-RADS 5}} lesion in the left peripheral zone.",
    "Compression fracture of {{L1}}; {{T12}} intact. Referring physician: Dr. [[PERSON:Alan Moore]].",
    "Report for Mrs. [[PERSON:Brown]], aged [[AGE:97]], date of birth [[DATE:04/02/1927]].",
    "{{Crohn}} disease with terminal ileitis. {{BI-RADS 2}} finding in the left breast.",
    "Clinical information: fall on [[DATE:June 3, 2024]]. {{Weber B}} ankle fracture.",
    "Kind regards,\n[[PERSON:Laura Bennett]]\nConsultant Radiologist",
    "Case number [[ID:99887766]] discussed at the MDT with Prof. [[PERSON:Hughes]].",
    "Hepatic lesion in {{segment VI}} ({{Couinaud}}), {{LI-RADS 4}}.",
    "Technique: contrast-enhanced CT, {{1 mm}} slices. Findings: see {{image 87}}.",
    "Patient: [[PERSON:Mueller, Anna]] ([[ID:PAT0001234]]) - outside films from [[INSTITUTION:Klinikum Breisgau-Süd]].",
    "Dr. [[PERSON:Schafer]] reviewed the images on [[DATE:17 January 2024]].",
    "Dr. [[PERSON:O'Neill]] and Dr. [[PERSON:McDonald]] agreed on [[DATE:5/6/2024]].",
    "The [[AGE:103]] year old patient was admitted via [[INSTITUTION:Addenbrooke's Hospital]].",
    "Prior study dated [[DATE:Feb 2, 2022]] shows a stable {{Tornwaldt}} cyst.",
    "Reported by [[PERSON:A. Kumar]], phone [[PHONE:(0)20 7188 7188]].",
    "Liver {{segment IVb}} lesion, {{LI-RADS 5}}; see {{series 6, image 112}}.",
]
CORPUS: tuple[Snippet, ...] = tuple(
    [parse("de", t, "P1" if any(w in t for w in ("Müller", "Mueller", "MÜLLER", "Muller", "Schäfer",
                                                 "Schaefer", "Breisgau", "Lindenweg", "ACC2024", "Müler")) else None)
     for t in _DE]
    + [parse("en", t, "P1" if any(w in t for w in ("Mueller", "Schafer", "Breisgau")) else None) for t in _EN])


MARKED_LABELS = frozenset({"PERSON", "INSTITUTION", "ADDRESS", "DATE", "PHONE", "ID", "AGE", "EMAIL", "URL"})


def assert_well_formed(s: Snippet) -> None:
    """A parsed excerpt holds no markup left over, only known labels, PHI spans without edge spaces, keep-terms
    without edge spaces, and no keep-term inside a PHI span (it would be counted lost when the span is scrubbed)."""
    assert not any(m in s.text for m in ("[[", "]]", "{{", "}}")), s.text[:40]
    assert {label for *_, label in s.spans} <= MARKED_LABELS
    values = [s.text[a:b] for a, b, _ in s.spans]
    assert all(v and v == v.strip() for v in values), values
    assert not [(k, v) for k in s.keep for v in values if k in v]
    assert all(k and k == k.strip() for k in s.keep)


def de(marked: str) -> Snippet:
    return parse("de", marked)


def en(marked: str) -> Snippet:
    return parse("en", marked)


def fr(marked: str) -> Snippet:
    return parse("fr", marked)


def it(marked: str) -> Snippet:
    return parse("it", marked)
