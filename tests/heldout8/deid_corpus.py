# ruff: noqa: E501
"""Held-out 8: report-text de-identification excerpts, written blind.

Written by engineer "heldout8" without reading the de-identifier's code or any earlier held-out set.
Each excerpt marks PHI inline as ⟦LABEL:text⟧; ``EXCERPTS`` holds the stripped text, exact gold spans
(start/end offsets into the stripped text) and the keep-terms that must survive verbatim.
Do not tune the scrubber on these excerpts: the set is only useful while nobody has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LABELS = ("PERSON", "DATE", "ID", "PHONE", "INSTITUTION", "ADDRESS", "AGE", "EMAIL", "URL")

_MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧", re.S)


@dataclass(frozen=True)
class Excerpt:
    id: str
    lang: str
    text: str
    spans: tuple[tuple[int, int, str], ...]
    keep: tuple[str, ...]


def strip_markup(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    n = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        n += m.start() - pos
        label, body = m.group(1), m.group(2)
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r}")
        spans.append((n, n + len(body), label))
        out.append(body)
        n += len(body)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"unbalanced markup in {marked[:60]!r}")
    return text, spans


# (id, lang, marked text, keep-terms)
_RAW: list[tuple[str, str, str, tuple[str, ...]]] = [
    # ---------------- German (DE) ----------------
    (
        "h8-de-01",
        "de",
        "⟦INSTITUTION:Radiologische Gemeinschaftspraxis am Stadtpark⟧\n⟦ADDRESS:Lindenallee 14⟧, ⟦ADDRESS:49074 Osnabrück⟧\n"
        "Tel. ⟦PHONE:0541 / 33 20 71-0⟧, Fax ⟦PHONE:0541 / 33 20 71-99⟧\n\n"
        "Herrn Dr. med. ⟦PERSON:Ulrich Brinkmann⟧\nFacharzt für Innere Medizin\n\n"
        "Patientin: ⟦PERSON:Hövelmann, Gisela⟧, geb. ⟦DATE:17.03.1958⟧\n"
        "MRT der LWS vom ⟦DATE:04.11.2024⟧\n"
        "Befund: Osteochondrose LWK 4/5 (Modic Typ I). Mediolateraler Bandscheibenvorfall links mit Kontakt zur Nervenwurzel L5.",
        ("Modic Typ I", "LWK 4/5", "Nervenwurzel L5", "Osteochondrose"),
    ),
    (
        "h8-de-02",
        "de",
        "Untersuchung: CT Thorax mit KM\nAuftragsnummer: ⟦ID:RA-2024-118734⟧   Fallnummer: ⟦ID:4001837265⟧\n"
        "Überweiser: Dr. ⟦PERSON:Katharina von der Heyde⟧, ⟦INSTITUTION:Lungenpraxis Eppendorf⟧\n"
        "Fragestellung: Rundherd re. OL, Verlauf nach Fleischner-Kriterien.\n"
        "Beurteilung: 7 mm solider Rundherd im Segment 3 rechts (Serie 4, Bild 112), größenkonstant. Fleischner Society: Kontrolle in 6-12 Monaten.",
        ("Fleischner-Kriterien", "Fleischner Society", "Serie 4, Bild 112", "Segment 3"),
    ),
    (
        "h8-de-03",
        "de",
        "Zum Vergleich liegt die CT vom ⟦DATE:12. August 2023⟧ aus dem ⟦INSTITUTION:Klinikum Ingolstadt⟧ vor. "
        "Damals beschriebene Bosniak-IIF-Zyste der linken Niere unverändert 2,3 cm, Dichte 18 HE (Hounsfield-Einheiten).",
        ("Bosniak-IIF-Zyste", "Hounsfield-Einheiten", "18 HE", "2,3 cm"),
    ),
    (
        "h8-de-04",
        "de",
        "Diktiert: OA Dr. ⟦PERSON:Wenzel⟧ / geschrieben: ⟦PERSON:mk⟧ am ⟦DATE:03.02.25⟧\n"
        "Freigegeben: ⟦DATE:04.02.2025⟧ 08:14 Uhr durch Prof. Dr. ⟦PERSON:Henrike Ostermann-Lüdke⟧",
        ("Freigegeben", "Diktiert"),
    ),
    (
        "h8-de-05",
        "de",
        "Pat. wird begleitet von der Tochter, Frau ⟦PERSON:Sabine Kowalczyk⟧ (Tel. ⟦PHONE:0171 4839226⟧), die bei Rückfragen erreichbar ist. "
        "Morbus Crohn seit 2009 bekannt, aktuell unter Adalimumab.",
        ("Morbus Crohn", "Adalimumab"),
    ),
    (
        "h8-de-06",
        "de",
        "Sehr geehrte Frau Kollegin ⟦PERSON:Aydın⟧,\n"
        "vielen Dank für die Überweisung Ihres Patienten ⟦PERSON:Mehmet Yıldırım⟧ (* ⟦DATE:02.09.1971⟧), "
        "⟦ADDRESS:Weserstraße 211⟧, ⟦ADDRESS:12047 Berlin⟧.\n"
        "Sonographie Abdomen: Leber mit 16,4 cm in der MCL vergrößert, homogen verfettet. Gallenblase: Konkremente bis 9 mm, kein Murphy-Zeichen.",
        ("Murphy-Zeichen", "MCL", "Gallenblase", "16,4 cm"),
    ),
    (
        "h8-de-07",
        "de",
        "Mammographie bds. in zwei Ebenen und Tomosynthese.\nACR-Dichte c. Links oben außen gruppierter Mikrokalk über 8 mm, BI-RADS 4. "
        "Empfehlung: stereotaktische Vakuumbiopsie. Besprochen mit der Patientin am ⟦DATE:21.05.2024⟧.\n"
        "Mit freundlichen kollegialen Grüßen\nDr. med. ⟦PERSON:Annika Thießen-Barreiro⟧\nFachärztin für Radiologie",
        ("BI-RADS 4", "ACR-Dichte c", "Tomosynthese", "Vakuumbiopsie"),
    ),
    (
        "h8-de-08",
        "de",
        "Voraufnahmen: MRT Knie re. ⟦DATE:03/2021⟧ (auswärts, ⟦INSTITUTION:Praxis Dr. Szymanski⟧, ⟦ADDRESS:Bochum⟧).\n"
        "Baker-Zyste 3,1 x 1,2 cm, rupturverdächtig. Innenmeniskushinterhorn mit Grad-III-Signal nach Stoller.",
        ("Baker-Zyste", "Innenmeniskushinterhorn", "Stoller", "3,1 x 1,2 cm"),
    ),
    (
        "h8-de-09",
        "de",
        "Name: ⟦PERSON:Schulze-Wollgast⟧, Vorname: ⟦PERSON:Hans-Joachim⟧\nGeb.-Dat.: ⟦DATE:30.12.1932⟧ (⟦AGE:91⟧ J.)\n"
        "Vers.-Nr.: ⟦ID:H238417562⟧  Kasse: AOK Nordost\n"
        "Röntgen Thorax a.p. im Liegen: Kardiomegalie, zentrale Stauung, Pleuraergüsse bds.",
        ("Kardiomegalie", "Pleuraergüsse", "Röntgen Thorax a.p."),
    ),
    (
        "h8-de-10",
        "de",
        "Rückfragen gerne unter Durchwahl -⟦PHONE:4412⟧ oder per E-Mail an ⟦EMAIL:radiologie.sekretariat@klinikum-fulda.de⟧.",
        ("Rückfragen", "Durchwahl"),
    ),
    (
        "h8-de-11",
        "de",
        "CT Schädel nativ: Keine intrakranielle Blutung. Hypodensität im Mediastromgebiet links, ASPECTS 8. "
        "Telefonische Befundmitteilung an Dr. ⟦PERSON:Fatma Özdemir⟧ (Neurologie, Piepser ⟦PHONE:5317⟧) um 02:41 Uhr.",
        ("ASPECTS 8", "Mediastromgebiet", "Neurologie"),
    ),
    (
        "h8-de-12",
        "de",
        "Nachtrag vom ⟦DATE:19.06.2024⟧: Nach Rücksprache mit Herrn PD Dr. ⟦PERSON:Lorenz Abendroth⟧ wird die Läsion in Segment VIII als "
        "FNH gewertet (LI-RADS nicht anwendbar). Gadoxetsäure (Primovist) mit typischer Anreicherung in der hepatobiliären Phase.",
        ("Segment VIII", "LI-RADS", "Primovist", "Gadoxetsäure", "FNH"),
    ),
    (
        "h8-de-13",
        "de",
        "Ihr Zeichen: ⟦ID:KA/17-0932⟧  Unser Zeichen: ⟦ID:Rö 24/58821⟧  ⟦ADDRESS:Gelsenkirchen⟧, den ⟦DATE:7. Okt. 2024⟧\n"
        "Betr.: ⟦PERSON:Jürgen Pohlmann⟧, geb. ⟦DATE:11.1.1966⟧",
        ("Ihr Zeichen", "Unser Zeichen"),
    ),
    (
        "h8-de-14",
        "de",
        "PET-CT (18F-FDG, 312 MBq): SUVmax 14,2 im Bereich der bekannten Raumforderung des linken Unterlappens, cT2b cN2 cM0 (TNM 8. Auflage). "
        "Histologie (⟦INSTITUTION:Pathologie Dr. Engelhardt & Partner⟧, Eingangsnr. ⟦ID:E-24-33170⟧): Adenokarzinom.",
        ("SUVmax 14,2", "cT2b cN2 cM0", "TNM 8. Auflage", "18F-FDG", "Adenokarzinom"),
    ),
    (
        "h8-de-15",
        "de",
        "Herr ⟦PERSON:Wolfgang Amadeus Rieger⟧ (⟦AGE:67⟧ J.) klagt über Schmerzen seit dem Sturz am Sonntag, ⟦DATE:14.07.⟧. "
        "Röntgen Handgelenk li. in 2 Ebenen: distale Radiusfraktur (AO 23-A2), Böhler-Winkel nicht anwendbar.",
        ("AO 23-A2", "Radiusfraktur", "Handgelenk"),
    ),
    (
        "h8-de-16",
        "de",
        "Anamnese: Z. n. Hodgkin-Lymphom 1998, Bestrahlung im ⟦INSTITUTION:Universitätsklinikum Carl Gustav Carus⟧. "
        "Virchow-Drüse links supraklavikulär nicht vergrößert. Hashimoto-Thyreoiditis.",
        ("Hodgkin-Lymphom", "Virchow-Drüse", "Hashimoto-Thyreoiditis"),
    ),
    (
        "h8-de-17",
        "de",
        "Befundkopie an: Dr. ⟦PERSON:Riedel⟧ (HA), Dr. ⟦PERSON:Marquardt⟧ (Onkologie ⟦INSTITUTION:St. Elisabeth⟧)\n"
        "Patienten-ID: ⟦ID:000928374⟧ | Untersuchungsnr.: ⟦ID:9183027⟧ | Eingang: ⟦DATE:02.10.2024⟧ 10:32",
        ("Befundkopie", "Onkologie"),
    ),
    (
        "h8-de-18",
        "de",
        "Kontakt Ehemann: ⟦PERSON:Klaus-Dieter Wübbenhorst⟧, ⟦ADDRESS:Am Mühlenbach 3a⟧, ⟦ADDRESS:26789 Leer (Ostfriesland)⟧, ⟦PHONE:+49 491 9287731⟧",
        ("Kontakt",),
    ),
    (
        "h8-de-19",
        "de",
        "MRT Prostata (PI-RADS v2.1): Läsion in der peripheren Zone links posterolateral, 11 mm, PI-RADS 4. "
        "PSA ⟦DATE:01/2025⟧ 8,9 ng/ml. Prostatavolumen 46 ml nach Ellipsoidformel.",
        ("PI-RADS v2.1", "PI-RADS 4", "8,9 ng/ml", "Ellipsoidformel"),
    ),
    (
        "h8-de-20",
        "de",
        "⟦PERSON:Meier Lars⟧, *⟦DATE:1988⟧, Station 4B\n"
        "Thorax-CT: Milchglasverdichtungen bds. peripher betont, CO-RADS 5.",
        ("CO-RADS 5", "Milchglasverdichtungen"),
    ),
    (
        "h8-de-21",
        "de",
        "Die Patientin wurde zur weiteren Abklärung an das ⟦INSTITUTION:Brustzentrum Regensburg⟧ überwiesen; Termin dort am Mittwoch, den ⟦DATE:9. April⟧.",
        ("Abklärung",),
    ),
    (
        "h8-de-22",
        "de",
        "Angiographie: Stenose der A. carotis interna rechts ca. 70 % nach NASCET. Stent (Carotid Wallstent, Boston Scientific) komplikationslos. "
        "Punktion A. femoralis communis re., Verschluss mit Angio-Seal 8F. Untersucher: Dr. ⟦PERSON:T. Grabowski⟧ / Dr. ⟦PERSON:A. Lindqvist⟧",
        ("NASCET", "Carotid Wallstent", "Boston Scientific", "Angio-Seal", "A. carotis interna"),
    ),
    (
        "h8-de-23",
        "de",
        "Rechnungsempfänger: ⟦PERSON:Elfriede Waldhäusl⟧, ⟦ADDRESS:Kirchplatz 2⟧, ⟦ADDRESS:D-83714 Miesbach⟧\nBeihilfe-Nr. ⟦ID:BH 77 2130 48⟧",
        ("Rechnungsempfänger",),
    ),
    (
        "h8-de-24",
        "de",
        "Im Verlauf zur Vor-CT vor 3 Monaten Größenprogredienz der Lebermetastasen (Segment IVa: 24 → 31 mm; Se 3 Im 58). "
        "Nach RECIST 1.1 progrediente Erkrankung.",
        ("RECIST 1.1", "Se 3 Im 58", "Segment IVa", "vor 3 Monaten"),
    ),
    # ---------------- Austria (AT) ----------------
    (
        "h8-at-01",
        "de",
        "⟦INSTITUTION:Diagnosezentrum Urania⟧ · ⟦ADDRESS:Laudongasse 25⟧ · ⟦ADDRESS:1080 Wien⟧ · Tel. ⟦PHONE:01/4021 388⟧\n"
        "Pat.: Mag. ⟦PERSON:Theresia Hinterberger⟧, SVNr. ⟦ID:1234 150377⟧\n"
        "Untersuchung am ⟦DATE:22. Jänner 2025⟧: CT Nasennebenhöhlen. Lund-Mackay-Score 9.",
        ("Lund-Mackay-Score 9", "Nasennebenhöhlen"),
    ),
    (
        "h8-at-02",
        "de",
        "Zuweisung durch Dr. ⟦PERSON:Ferdinand Pöltl⟧, ⟦ADDRESS:Hauptplatz 7⟧, ⟦ADDRESS:8010 Graz⟧. Vorbefund ⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧ vom ⟦DATE:5. Feber 2024⟧.",
        ("Zuweisung", "Vorbefund"),
    ),
    (
        "h8-at-03",
        "de",
        "Vidiert: OÄ Dr.in ⟦PERSON:Johanna Leitgeb-Auer⟧, ⟦DATE:3.3.2025⟧\nSchreibkraft: ⟦PERSON:BH⟧",
        ("Vidiert", "Schreibkraft"),
    ),
    (
        "h8-at-04",
        "de",
        "Kontroll-MRT nach Bandscheibenoperation ⟦DATE:Jänner 2023⟧ im ⟦INSTITUTION:Krankenhaus der Barmherzigen Brüder Salzburg⟧: "
        "epidurale Narbenbildung L4/5 mit KM-Aufnahme, kein Rezidivprolaps.",
        ("Rezidivprolaps", "L4/5", "KM-Aufnahme"),
    ),
    (
        "h8-at-05",
        "de",
        "Die ⟦AGE:94⟧-jährige Patientin aus dem ⟦INSTITUTION:Pflegeheim Haus Sonnenhang⟧ in ⟦ADDRESS:Bad Ischl⟧ wird mit Verdacht auf Schenkelhalsfraktur zugewiesen. "
        "Garden III links.",
        ("Garden III", "Schenkelhalsfraktur"),
    ),
    # ---------------- Switzerland (CH) ----------------
    (
        "h8-ch-01",
        "de",
        "⟦INSTITUTION:Institut für Radiologie, Kantonsspital Baselland⟧, ⟦ADDRESS:Rheinstrasse 26⟧, ⟦ADDRESS:CH-4410 Liestal⟧\n"
        "Tel. ⟦PHONE:+41 61 925 25 25⟧\nPatient: ⟦PERSON:Reto Gadient⟧, ⟦DATE:03.05.1949⟧, PID ⟦ID:7712093⟧, AHV ⟦ID:756.1234.5678.97⟧",
        ("Patient",),
    ),
    (
        "h8-ch-02",
        "de",
        "Zuweisende Ärztin: Dr. med. ⟦PERSON:Corinne Zbinden-Rüegg⟧, ⟦INSTITUTION:Hausarztpraxis Zytglogge⟧, ⟦ADDRESS:3011 Bern⟧\n"
        "Sonografie der Schilddrüse: Knoten rechts 14 mm, TI-RADS 4 (ACR). Feinnadelpunktion empfohlen.",
        ("TI-RADS 4", "Feinnadelpunktion", "Schilddrüse"),
    ),
    (
        "h8-ch-03",
        "de",
        "Verglichen mit der Voruntersuchung vom ⟦DATE:14.2.2022⟧ (⟦INSTITUTION:Hirslanden Klinik St. Anna⟧, ⟦ADDRESS:Luzern⟧): "
        "Keine neuen Herde. Aortenaneurysma infrarenal 4,1 cm, stationär.",
        ("Aortenaneurysma", "4,1 cm", "infrarenal"),
    ),
    (
        "h8-ch-04",
        "de",
        "Elektronisch visiert von Dr. ⟦PERSON:Gian-Luca Casutt⟧, Leitender Arzt, am ⟦DATE:28.11.2024⟧ um 16:05. Fall-Nr. ⟦ID:40.117.882⟧",
        ("Elektronisch visiert", "Leitender Arzt"),
    ),
    (
        "h8-ch-05",
        "fr",
        "Examen: IRM cérébrale du ⟦DATE:3 mars 2025⟧. Médecin requérant: Dr ⟦PERSON:Aurélie Favre-Bulle⟧, ⟦INSTITUTION:HUG⟧ ⟦ADDRESS:Genève⟧.\n"
        "Conclusion: lésions de la substance blanche compatibles avec une SEP, critères de McDonald 2017 remplis.",
        ("McDonald 2017", "substance blanche", "SEP"),
    ),
    # ---------------- UK ----------------
    (
        "h8-uk-01",
        "en",
        "⟦INSTITUTION:Royal Berkshire Hospital⟧ – Department of Radiology\n"
        "Patient: MRS ⟦PERSON:EILEEN MARGARET PROCTOR⟧   NHS No: ⟦ID:485 777 3456⟧   Hosp No: ⟦ID:RBH0412237⟧\n"
        "DOB: ⟦DATE:09-Jun-1940⟧ (⟦AGE:84⟧y)\nExam: CT KUB  Date: ⟦DATE:14/01/2025⟧",
        ("CT KUB", "Department of Radiology"),
    ),
    (
        "h8-uk-02",
        "en",
        "Referrer: Dr ⟦PERSON:S Ramaswamy⟧ (GP), ⟦INSTITUTION:Kingsway Medical Centre⟧, ⟦ADDRESS:Derby DE22 3FT⟧\n"
        "Clinical details: ? PE, Wells score 5, D-dimer raised.\n"
        "CTPA: Filling defects in the right lower lobe segmental arteries. RV:LV ratio 0.9.",
        ("Wells score 5", "D-dimer", "CTPA", "RV:LV ratio 0.9"),
    ),
    (
        "h8-uk-03",
        "en",
        "Findings discussed with Mr ⟦PERSON:O'Sullivan⟧ (Orthopaedic Registrar, bleep ⟦PHONE:2281⟧) at 18:20 on the ⟦DATE:3rd of March⟧.",
        ("Orthopaedic Registrar",),
    ),
    (
        "h8-uk-04",
        "en",
        "Comparison is made with the previous MRI performed at the ⟦INSTITUTION:Spire Manchester⟧ on ⟦DATE:11th November 2022⟧. "
        "The Schmorl's node at L2 is unchanged. No Modic change.",
        ("Schmorl's node", "Modic change", "L2"),
    ),
    (
        "h8-uk-05",
        "en",
        "Reported by: Dr ⟦PERSON:Niamh Ní Bhriain⟧, Consultant Radiologist, GMC ⟦ID:7034219⟧\nVerified: ⟦DATE:02/02/2025⟧ 09:47\n"
        "Typed by: ⟦PERSON:JW⟧",
        ("Consultant Radiologist",),
    ),
    (
        "h8-uk-06",
        "en",
        "Mammogram: bilateral, 2 views. Ill-defined mass right breast 10 o'clock, 20 mm, M4 (RCR). "
        "Patient recalled to the ⟦INSTITUTION:Jarvis Breast Screening Centre⟧, ⟦ADDRESS:Stoughton Road, Guildford GU1 1LJ⟧. Tel ⟦PHONE:01483 783200⟧.",
        ("M4", "RCR", "10 o'clock", "20 mm"),
    ),
    (
        "h8-uk-07",
        "en",
        "Next of kin: ⟦PERSON:Priya Chakraborty⟧ (daughter), mobile ⟦PHONE:07700 900461⟧.\n"
        "Chest X-ray: Swan-Ganz catheter tip in the right interlobar pulmonary artery; withdraw 2 cm. NG tube below the diaphragm.",
        ("Swan-Ganz catheter", "NG tube", "interlobar pulmonary artery"),
    ),
    (
        "h8-uk-08",
        "en",
        "Addendum (⟦DATE:05.09.2024⟧, Dr ⟦PERSON:Hargreaves⟧): the 6 mm nodule was present on the outside CT from ⟦INSTITUTION:Leeds General Infirmary⟧ dated ⟦DATE:Feb 2021⟧ "
        "and is therefore stable over more than 3 years. No further follow-up per BTS guidelines.",
        ("BTS guidelines", "6 mm", "more than 3 years"),
    ),
    (
        "h8-uk-09",
        "en",
        "Request from Ward 7B – ⟦INSTITUTION:Ninewells⟧. Patient ⟦PERSON:Fraser, Callum James⟧, CHI ⟦ID:1204751234⟧.\n"
        "Portable AXR: dilated small bowel loops up to 4 cm. No pneumoperitoneum.",
        ("Portable AXR", "pneumoperitoneum"),
    ),
    (
        "h8-uk-10",
        "en",
        "Ultrasound liver: The spleen measures 15.2 cm. Caput medusae not seen. Doppler: hepatopetal portal venous flow. "
        "Please contact the duty radiologist on ext. ⟦PHONE:6644⟧ if there are any concerns.",
        ("hepatopetal", "Caput medusae", "15.2 cm", "duty radiologist"),
    ),
    (
        "h8-uk-11",
        "en",
        "This ⟦AGE:101⟧-year-old lady from ⟦ADDRESS:Tunbridge Wells⟧ had a fall. CT head: chronic small vessel disease (Fazekas 2). No acute bleed.",
        ("Fazekas 2", "small vessel disease"),
    ),
    # ---------------- US ----------------
    (
        "h8-us-01",
        "en",
        "⟦INSTITUTION:Mercy Regional Imaging⟧\n⟦ADDRESS:2150 N. Mayfair Rd, Suite 110⟧, ⟦ADDRESS:Wauwatosa, WI 53226⟧\n"
        "PATIENT: ⟦PERSON:DOMBROWSKI, TERRENCE J⟧   MRN: ⟦ID:000384172⟧   ACC#: ⟦ID:CT250114-0087⟧\n"
        "DOB: ⟦DATE:4/7/1955⟧   EXAM DATE: ⟦DATE:01/14/2025⟧",
        ("PATIENT", "EXAM DATE"),
    ),
    (
        "h8-us-02",
        "en",
        "INDICATION: ⟦AGE:58⟧ yo M with hematuria.\nTECHNIQUE: CT urogram, 100 mL Omnipaque 350 IV.\n"
        "FINDINGS: 2.1 cm enhancing left renal mass, Bosniak classification not applicable (solid). Gerota's fascia intact.",
        ("Omnipaque 350", "Bosniak", "Gerota's fascia", "2.1 cm"),
    ),
    (
        "h8-us-03",
        "en",
        "Critical result communicated to Dr. ⟦PERSON:Guadalupe Ortiz-Reyes⟧ by telephone at 3:12 PM on ⟦DATE:March 4, 2025⟧, read back confirmed. "
        "Call back number ⟦PHONE:(414) 805-3666 x2⟧.",
        ("Critical result", "read back confirmed"),
    ),
    (
        "h8-us-04",
        "en",
        "COMPARISON: Outside CT abdomen from ⟦INSTITUTION:St. Luke's⟧ dated ⟦DATE:June 2nd, 2024⟧, uploaded to PACS.\n"
        "IMPRESSION: Stable 1.3 cm hypodensity in segment 7 (series 2 image 41), likely hemangioma.",
        ("series 2 image 41", "segment 7", "hemangioma", "PACS"),
    ),
    (
        "h8-us-05",
        "en",
        "Electronically signed by: ⟦PERSON:Rajesh Venkataraman⟧, MD on ⟦DATE:12/9/2024⟧ 11:58 PM\n"
        "Dictated by ⟦PERSON:Emily Chen-Whitaker⟧, DO (PGY-3). Transcribed by ⟦PERSON:ltw⟧.",
        ("Electronically signed", "PGY-3"),
    ),
    (
        "h8-us-06",
        "en",
        "Patient is a ⟦AGE:92⟧ y/o female, resident of ⟦INSTITUTION:Sunrise of Bethesda⟧. Her son ⟦PERSON:Michael⟧ is the health care proxy (phone ⟦PHONE:(301) 555-0148⟧).",
        ("health care proxy",),
    ),
    (
        "h8-us-07",
        "en",
        "Pager #⟦PHONE:4471⟧ for questions. Images sent to ⟦URL:https://pacs.valleymed.org/viewer?acc=882731⟧ for outside review.",
        ("outside review",),
    ),
    (
        "h8-us-08",
        "en",
        "BREAST MRI: Kuhl type III curve in the 2 o'clock lesion, 9 mm. BI-RADS 5. Recommend biopsy. "
        "Discussed with patient's oncologist, Dr. ⟦PERSON:Adebayo Okonkwo⟧, at ⟦INSTITUTION:Northside Cancer Institute⟧.",
        ("BI-RADS 5", "Kuhl type III curve", "2 o'clock"),
    ),
    (
        "h8-us-09",
        "en",
        "ADDENDUM: Upon re-review, Hill-Sachs lesion is present on the humeral head. Bankart lesion of the anterior-inferior labrum is also present. "
        "⟦PERSON:JMK⟧/⟦PERSON:dv⟧ D: ⟦DATE:10/22/24⟧ T: ⟦DATE:10/23/24⟧",
        ("Hill-Sachs lesion", "Bankart lesion", "labrum"),
    ),
    (
        "h8-us-10",
        "en",
        "Home address on file: ⟦ADDRESS:418 Cypress Hollow Lane⟧, ⟦ADDRESS:Boerne, TX 78006⟧. Email ⟦EMAIL:t.delacruz77@gmail.com⟧. "
        "SSN ⟦ID:531-86-2094⟧. Medicare ID ⟦ID:1EG4-TE5-MK72⟧.",
        ("Home address",),
    ),
    (
        "h8-us-11",
        "en",
        "CT chest: Emphysema, centrilobular, upper lobe predominant. Lung-RADS 2. Pack-years 42. "
        "Patient enrolled via the ⟦INSTITUTION:Henry Ford⟧ LCS program on ⟦DATE:Nov. 18th⟧.",
        ("Lung-RADS 2", "centrilobular", "Pack-years 42"),
    ),
    (
        "h8-us-12",
        "en",
        "HISTORY: ⟦AGE:7⟧-month-old with vomiting. Pylorus muscle thickness 4.2 mm, channel length 18 mm: hypertrophic pyloric stenosis. "
        "Findings called to Nurse Practitioner ⟦PERSON:Kayla Brooks⟧ at 14:05.",
        ("hypertrophic pyloric stenosis", "4.2 mm", "Pylorus"),
    ),
    (
        "h8-us-13",
        "en",
        "Referring: ⟦PERSON:Van Der Berg, Pieter⟧ MD  NPI ⟦ID:1467583920⟧  Fax ⟦PHONE:617.555.0199⟧\nCC: ⟦PERSON:De la Fuente, M.⟧",
        ("Referring", "CC"),
    ),
    (
        "h8-us-14",
        "en",
        "Interval decrease in size of the Chiari I malformation? No – tonsillar ectopia 7 mm, unchanged since 2019. "
        "Sylvian fissures normal. Arnold-Chiari is not present.",
        ("Chiari I malformation", "Sylvian fissures", "Arnold-Chiari", "7 mm"),
    ),
    # ---------------- more DE / mixed ----------------
    (
        "h8-de-25",
        "de",
        "Vorbefunde: Sonographie Mitte ⟦DATE:März 2024⟧ beim Hausarzt (Dr. ⟦PERSON:Bernhard Quast⟧, ⟦ADDRESS:Waldkirch⟧), MRT ⟦DATE:Ostern 2024⟧ im ⟦INSTITUTION:MVZ Radiologie Freiburg-Süd⟧.",
        ("Vorbefunde", "Hausarzt"),
    ),
    (
        "h8-de-26",
        "de",
        "Der Patient ⟦PERSON:Nguyen Van Thanh⟧ (Dolmetscherin: Frau ⟦PERSON:Lan Tran⟧) wurde über die KM-Gabe aufgeklärt. "
        "Kreatinin 1,1 mg/dl, eGFR 68 ml/min. Allergie gegen Jod-KM verneint.",
        ("eGFR 68 ml/min", "Kreatinin", "KM-Gabe"),
    ),
    (
        "h8-de-27",
        "de",
        "MRT Herz: LVEF 38 % (Simpson), LGE subendokardial im Versorgungsgebiet der RIVA, Late-Enhancement-Muster ischämisch. "
        "T1-Mapping native T1 1080 ms. Befund vorab telefonisch an Fr. Dr. ⟦PERSON:Schrödinger-Pahl⟧ (Tel. ⟦PHONE:089 / 4400-73301⟧).",
        ("LVEF 38 %", "Simpson", "RIVA", "T1-Mapping", "1080 ms"),
    ),
    (
        "h8-de-28",
        "de",
        "Aufnahme-Nr.: ⟦ID:24-0817733-01⟧, Patient: Freiherr ⟦PERSON:Carl-Friedrich zu Innhausen⟧, ⟦AGE:78⟧ Jahre, ⟦ADDRESS:Schloss Alt-Wesel⟧.",
        ("Aufnahme-Nr.",),
    ),
    (
        "h8-de-29",
        "de",
        "Knochenszintigraphie mit 99mTc-DPD: Mehrspeicherung im Bereich des rechten Iliosakralgelenks (S3/B12). "
        "Kein Anhalt für Paget-Krankheit. Superscan nicht vorhanden.",
        ("99mTc-DPD", "(S3/B12)", "Paget-Krankheit", "Iliosakralgelenks"),
    ),
    (
        "h8-de-30",
        "de",
        "⟦PERSON:Lehmann, Petra⟧; *⟦DATE:22.02.1977⟧; Pat.-Nr. ⟦ID:10293847⟧ – CT Abdomen vom ⟦DATE:3.1.⟧\n"
        "Kein Hinweis auf Appendizitis (Alvarado-Score klinisch 4). McBurney-Punkt druckschmerzhaft laut Zuweisung.",
        ("Alvarado-Score", "McBurney-Punkt", "Appendizitis"),
    ),
    (
        "h8-de-31",
        "de",
        "In Vertretung: Dr. ⟦PERSON:Dimitrios Papadopoulos⟧, Assistenzarzt\nSupervision: Dr. ⟦PERSON:Konstanze Eberle⟧, Oberärztin\n"
        "⟦INSTITUTION:Klinik für Diagnostische und Interventionelle Radiologie, Helios Klinikum Krefeld⟧",
        ("In Vertretung", "Supervision", "Oberärztin"),
    ),
    (
        "h8-de-32",
        "de",
        "Dopplersonographie der Beinvenen: Keine TVT. Im Bereich der Kniekehle Baker-Zyste rechts. Perforansvenen (Cockett-Gruppe) insuffizient. "
        "Nächste Kontrolle in 12 Wochen.",
        ("Baker-Zyste", "Cockett-Gruppe", "in 12 Wochen", "TVT"),
    ),
]


def _build() -> list[Excerpt]:
    out = []
    seen = set()
    for ex_id, lang, marked, keep in _RAW:
        if ex_id in seen:
            raise ValueError(f"duplicate id {ex_id}")
        seen.add(ex_id)
        text, spans = strip_markup(marked)
        for k in keep:
            if k not in text:
                raise ValueError(f"{ex_id}: keep-term {k!r} not in text")
            # a keep-term must not sit inside a PHI span
            for m in re.finditer(re.escape(k), text):
                for s, e, _ in spans:
                    if m.start() < e and s < m.end():
                        raise ValueError(f"{ex_id}: keep-term {k!r} overlaps PHI {text[s:e]!r}")
        out.append(Excerpt(ex_id, lang, text, tuple(spans), tuple(keep)))
    return out


EXCERPTS: list[Excerpt] = _build()
