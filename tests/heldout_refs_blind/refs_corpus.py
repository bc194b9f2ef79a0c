# ruff: noqa: E501
"""Held-out refs B: image-reference excerpts, written blind.

Written by engineer "refs-blind" without reading the reference miner's code or any earlier snippet set.
Inline markup, stripped in code so offsets are computed, not typed:

- ``⟦R s=3 i=45-47 p=0 c=CAT:Serie 3, Bild 45-47⟧``: a true image reference (s=``-`` when only an
  image is cited; ``i=45`` for a single image; p=1 for a reference into a prior study); CAT is a
  notation class used only to count misses.
- ``⟦N c=CAT:12/2023⟧``: a confounder that must NOT be mined; CAT is used only to count false hits.

Do not tune the miner on these excerpts: the set is only useful while nobody has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"⟦(R|N) ([^:⟧]*):(.*?)⟧", re.S)


@dataclass(frozen=True)
class GoldRef:
    series: int | None
    image_start: int
    image_end: int
    prior_study: bool
    start: int
    end: int
    category: str


@dataclass(frozen=True)
class Confounder:
    start: int
    end: int
    category: str


@dataclass(frozen=True)
class Excerpt:
    id: str
    lang: str
    text: str
    refs: tuple[GoldRef, ...]
    confounders: tuple[Confounder, ...]


def _attrs(s: str) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in s.split())


def strip_markup(marked: str) -> tuple[str, list[GoldRef], list[Confounder]]:
    out: list[str] = []
    refs: list[GoldRef] = []
    negs: list[Confounder] = []
    pos = n = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        n += m.start() - pos
        kind, attrs, body = m.group(1), _attrs(m.group(2)), m.group(3)
        start, end = n, n + len(body)
        if kind == "R":
            s = attrs["s"]
            lo, _, hi = attrs["i"].partition("-")
            refs.append(
                GoldRef(
                    series=None if s == "-" else int(s),
                    image_start=int(lo),
                    image_end=int(hi or lo),
                    prior_study=attrs.get("p", "0") == "1",
                    start=start,
                    end=end,
                    category=attrs["c"],
                )
            )
        else:
            negs.append(Confounder(start, end, attrs["c"]))
        out.append(body)
        n = end
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"unbalanced markup in {marked[:60]!r}")
    return text, refs, negs


# (id, lang, marked text). In a list ("S5 B44, 52 und 67") each element is marked as its own ref.
# fmt: off
_RAW: list[tuple[str, str, str]] = [
    # ---------------- German (DE) ----------------
    ("de-01", "de",
     "CT Thorax vom ⟦N c=date:03.04.2022⟧. Befund: 7 mm solider Rundherd im Mittellappen ⟦R s=3 i=45 p=0 c=full_de:(Serie 3, Bild 45)⟧, "
     "größenkonstant. Kein Pleuraerguss."),
    ("de-02", "de",
     "Hypodense Läsion im Lebersegment VIII, ca. 12 x 9 mm ⟦R s=4 i=120 p=0 c=abbrev:(Se 4, Bi 120)⟧, am ehesten Zyste. "
     "Weitere kleinere Läsion in Segment II ⟦R s=4 i=87 p=0 c=abbrev:(Se 4, Bi 87)⟧."),
    ("de-03", "de",
     "Im Bild einer Pneumonie flächige Konsolidierung im rechten Unterlappen ⟦R s=5 i=210-225 p=0 c=range:(Serie 5, Bilder 210-225)⟧. "
     "⟦N c=bild_word:Bildqualität⟧ durch Atemartefakte eingeschränkt."),
    ("de-04", "de",
     "Osteochondrose ⟦N c=vertebra:BWK 7/8⟧ und ⟦N c=vertebra:LWK 4/5⟧ mit Modic-I-Veränderungen. "
     "Bandscheibenprotrusion ⟦N c=vertebra:L4/5⟧ mit Kontakt zur Wurzel L5 rechts ⟦R s=7 i=14 p=0 c=full_de:(Serie 7, Bild 14)⟧."),
    ("de-05", "de",
     "Beurteilung:\n1. Progrediente Lymphadenopathie mediastinal, größter LK infrakarinal 24 mm ⟦R s=2 i=66 p=0 c=impression:(2:66)⟧.\n"
     "2. Neu aufgetretener Pleuraerguss links.\n3. Stadium nach ⟦N c=tnm:cT2a cN2 cM0⟧."),
    ("de-06", "de",
     "Im Vergleich zur Voruntersuchung vom ⟦N c=date:12/2023⟧ Größenzunahme des Herdes im linken Oberlappen, jetzt 14 mm "
     "⟦R s=3 i=78 p=0 c=full_de:(Serie 3, Bild 78)⟧, vormals 9 mm ⟦R s=2 i=49 p=1 c=prior:(VU Serie 2, Bild 49)⟧."),
    ("de-07", "de",
     "MRT Knie rechts: Horizontalriss des Innenmeniskushinterhorns ⟦R s=6 i=12 p=0 c=plane:(sagittal Serie 6, Bild 12)⟧ "
     "und ⟦R s=8 i=19 p=0 c=plane:(koronar Serie 8, Bild 19)⟧. Gelenkerguss in ⟦N c=bild_word:2 Ebenen⟧ abgrenzbar."),
    ("de-08", "de",
     "Mammographie beidseits in ⟦N c=bild_word:2 Ebenen⟧. Gruppierte Mikrokalzifikationen links oben außen. ⟦N c=birads:BI-RADS 4⟧, "
     "ACR-Dichtetyp c. Histologische Sicherung empfohlen."),
    ("de-09", "de",
     "Subsegmentale Lungenarterienembolie im Unterlappen links ⟦R s=4 i=180 p=0 c=slash:(Bild 4/180)⟧. "
     "RV/LV-Ratio ⟦N c=ratio:0,9⟧, kein Hinweis auf Rechtsherzbelastung."),
    ("de-10", "de",
     "Nebenbefundlich kleine Hiatushernie. Verkalkte Granulome im rechten Oberlappen ⟦R s=- i=34 p=0 c=image_only:(Bild 34)⟧ "
     "und im Mittellappen ⟦R s=- i=51 p=0 c=image_only:(Bild 51)⟧."),
    ("de-11", "de",
     "Labor: ⟦N c=lab:CRP 12,4 mg/dl⟧, ⟦N c=lab:Krea 1,3 mg/dl⟧, ⟦N c=lab:eGFR 54 ml/min/1,73m²⟧. Kontrastmittelgabe nach Rücksprache. "
     "Medikation: Metformin ⟦N c=dose:500/1000 mg⟧ pausiert."),
    ("de-12", "de",
     "Rückruf an Station 4B, ⟦N c=phone:Tel. 0521/581-4432⟧, um ⟦N c=time:14:35 Uhr⟧ erfolgt. Befund mündlich mitgeteilt."),
    ("de-13", "de",
     "Multiple Leberfiliae, beispielhaft in Segment IVa ⟦R s=5 i=44 p=0 c=list:(S5 B44⟧, ⟦R s=5 i=52 p=0 c=list:52⟧ ⟦R s=5 i=67 p=0 c=list:und 67)⟧ "
     "sowie in Segment VI."),
    ("de-14", "de",
     "Koronare Rekonstruktion: Frakturlinie durch die Basis des Dens ⟦R s=602 i=31 p=0 c=plane:(cor. Se 602, Bild 31)⟧, "
     "Typ II nach Anderson-D'Alonzo. Verhältnis Dens zu C2-Körper ⟦N c=ratio:2:1⟧ verschoben."),
    ("de-15", "de",
     "Seite ⟦N c=page:2/3⟧\nFortsetzung Befund: Kein Nachweis pathologisch vergrößerter Lymphknoten. Blutdruck vor KM-Gabe ⟦N c=bp:120/80 mmHg⟧."),
    ("de-16", "de",
     "Schwannom im Kleinhirnbrückenwinkel links, ca. 11 mm ⟦R s=9 i=23-25 p=0 c=range:(Schicht 23-25 der Serie 9)⟧, "
     "Kontrastmittel-Enhancement homogen."),
    ("de-17", "de",
     "Zystische Pankreasläsion im Processus uncinatus, in der Voruntersuchung 8 mm ⟦R s=6 i=41 p=1 c=prior:(Voruntersuchung Serie 6, Bild 41)⟧, "
     "jetzt 10 mm ⟦R s=7 i=44 p=0 c=full_de:(aktuell Serie 7, Bild 44)⟧. Kontrolle in ⟦N c=interval:6-12⟧ Monaten."),
    ("de-18", "de",
     "Ausgeprägte Koronarsklerose. Agatston-Score 412. Aortenklappenverkalkung. Herzgröße im Normbereich, Herz-Thorax-Quotient ⟦N c=ratio:0,48⟧. "
     "Beurteilung: im Bild passend zu einer KHK, kein Infiltrat."),
    ("de-19", "de",
     "Akuter Mediainfarkt links, Hyperdensität der A. cerebri media ⟦R s=2 i=17 p=0 c=slash:(Se 2/17)⟧. ASPECTS 7. "
     "Keine Blutung. Befund um ⟦N c=time:03:42⟧ an Neurologie übermittelt."),
    ("de-20", "de",
     "Glioblastom rechts temporal mit Mittellinienverlagerung 6 mm ⟦R s=12 i=88 p=0 c=abbrev:(S12/B88)⟧. "
     "Perifokales Ödem, Ventrikelsystem links komprimiert."),
    # ---------------- Austrian (AT) ----------------
    ("at-01", "de",
     "Befund: Im Vergleich zur Voruntersuchung vom ⟦N c=date:14.02.2024⟧ größenregredienter Rundherd re. UL, jetzt 6 mm ⟦R s=301 i=212 p=0 c=abbrev:(Se. 301, Im. 212)⟧, "
     "damals 9 mm ⟦R s=301 i=208 p=1 c=prior:(VU Se. 301, Im. 208)⟧."),
    ("at-02", "de",
     "Zustand nach Hemithyreoidektomie links. Knoten im rechten Lappen, ⟦N c=size:14 x 9 x 11 mm⟧, TI-RADS 3. "
     "Sonographisch ⟦N c=ratio:Taller-than-wide 1:2⟧ nicht erfüllt."),
    ("at-03", "de",
     "Beurteilung:\n- Appendizitis mit Appendikolith ⟦R s=3 i=156 p=0 c=impression:(Serie 3 Bild 156)⟧\n"
     "- Kein Abszess, keine freie Luft.\n- Uterus myomatosus."),
    ("at-04", "de",
     "Vorbefund ⟦N c=date:11/2021⟧ nicht vorliegend. Leberhämangiom Segment VII, axial ⟦R s=4 i=67 p=0 c=plane:Serie 4, Bild 67⟧, "
     "typisches noduläres peripheres Enhancement. Kontrastmittel ⟦N c=dose:80 ml Iomeron 350⟧."),
    ("at-05", "de",
     "Kompressionsfraktur ⟦N c=vertebra:LWK 1⟧ mit Höhenminderung der Vorderkante um ca. ⟦N c=ratio:1/3⟧ ⟦R s=5 i=9 p=0 c=plane:(sag. Se 5 Bi 9)⟧. "
     "Hinterkante intakt."),
    ("at-06", "de",
     "Keine Änderung zu den Bildern der Voruntersuchung. Tel. Rückfrage: ⟦N c=phone:+43 1 40400-12345⟧."),
    # ---------------- Swiss (CH) ----------------
    ("ch-01", "de",
     "Befund: Bronchialkarzinom-verdächtige Raumforderung im linken Oberlappen, 32 mm ⟦R s=201 i=54 p=0 c=img_en:(Serie 201, Img 54)⟧, "
     "mit Pleurakontakt. Lymphknoten in ⟦N c=tnm:Station 4L⟧ 11 mm."),
    ("ch-02", "de",
     "Rechtsseitige Nephrolithiasis, Konkrement im unteren Kelch 6 mm ⟦R s=2 i=101-104 p=0 c=range:(Se 2, Bi 101–104)⟧, "
     "Dichte 1100 HE. Kein Harnstau."),
    ("ch-03", "de",
     "Kontrolle nach 3 Monaten. Bekannte Leberläsion im Segment VI unverändert 15 mm ⟦R s=5 i=73 p=0 c=full_de:(Serie 5, Bild 73)⟧; "
     "in der Vergleichsuntersuchung ebenfalls 15 mm ⟦R s=3 i=70 p=1 c=prior:(Vergleichsuntersuchung Serie 3, Bild 70)⟧."),
    ("ch-04", "de",
     "Bilaterale Gonarthrose, medial betont, Kellgren-Lawrence Grad ⟦N c=ratio:3/4⟧. Insgesamt im Bild einer aktivierten Arthrose."),
    ("ch-05", "de",
     "Zentrale Lungenembolie beidseits ⟦R s=4 i=88-96 p=0 c=range:(Serie 4, Bild 88 bis 96)⟧. Kommunikation mit Dr. Meier um ⟦N c=time:22:10⟧."),
    # ---------------- UK ----------------
    ("uk-01", "en",
     "Findings: 8 mm solid nodule in the right upper lobe ⟦R s=3 i=87 p=0 c=colon:(3:87)⟧, unchanged from the prior study ⟦R s=3 i=85 p=1 c=prior:(prior 3:85)⟧. "
     "No new nodules."),
    ("uk-02", "en",
     "Comparison: CT chest ⟦N c=date:12/03/2023⟧. There is a 12 mm lymph node in the right hilum ⟦R s=4 i=120 p=0 c=bracket_se_im:(se 4 im 120)⟧."),
    ("uk-03", "en",
     "Impression:\n1. Acute appendicitis ⟦R s=2 i=45 p=0 c=impression:(series 2, image 45)⟧.\n2. Small volume free fluid in the pelvis.\n"
     "3. Incidental left adrenal adenoma."),
    ("uk-04", "en",
     "Patient on apixaban ⟦N c=dose:5/10 mg⟧. BP ⟦N c=bp:140/90⟧ at arrival. eGFR >60. Contrast given without complication. Repeat CT in ⟦N c=interval:3/12⟧."),
    ("uk-05", "en",
     "Degenerative disc disease ⟦N c=vertebra:L4/5⟧ and ⟦N c=vertebra:L5/S1⟧ with a left paracentral disc protrusion at L5/S1 "
     "⟦R s=7 i=21 p=0 c=img_en:(sag series 7, img 21)⟧ contacting the S1 nerve root."),
    ("uk-06", "en",
     "Multiple bilateral pulmonary metastases, for example ⟦R s=3 i=34 p=0 c=list:(series 3, images 34⟧, ⟦R s=3 i=58 p=0 c=list:58⟧ ⟦R s=3 i=91 p=0 c=list:and 91)⟧. "
     "Staging ⟦N c=tnm:T3 N1 M1a⟧."),
    ("uk-07", "en",
     "Please call the reporting radiologist on ⟦N c=phone:0161 276 1234⟧. Report verified at ⟦N c=time:09:15⟧ on ⟦N c=date:04/05/2024⟧."),
    ("uk-08", "en",
     "Right renal cyst, Bosniak 2, measuring 2.1 cm ⟦R s=5 i=62 p=0 c=bracket_se_im:(Se 5 Im 62)⟧. Cortico-medullary ratio ⟦N c=ratio:1:1⟧ preserved."),
    ("uk-09", "en",
     "Page ⟦N c=page:1/2⟧\nFigure ⟦N c=page:2⟧ shows the key image. Image quality degraded by motion artefact."),
    ("uk-10", "en",
     "Compared with the previous examination, the lesion in segment VII has grown from 14 mm ⟦R s=4 i=51 p=1 c=prior:(previous series 4, image 51)⟧ "
     "to 21 mm ⟦R s=4 i=55 p=0 c=full_en:(series 4, image 55)⟧."),
    # ---------------- US ----------------
    ("us-01", "en",
     "FINDINGS: There is a 6 mm right lower lobe nodule (series 6, images 23-25). No pleural effusion."
     .replace("(series 6, images 23-25)", "⟦R s=6 i=23-25 p=0 c=range:(series 6, images 23-25)⟧")),
    ("us-02", "en",
     "IMPRESSION:\n1. 1.4 cm hypodense lesion in the pancreatic tail ⟦R s=3 i=44 p=0 c=impression:(series/image 3/44)⟧, recommend MRCP.\n"
     "2. ⟦N c=birads:BI-RADS 3⟧ left breast lesion on prior mammogram, see separate report."),
    ("us-03", "en",
     "Blood pressure ⟦N c=bp:132/84⟧, heart rate 88. Creatinine ⟦N c=lab:1.1 mg/dL⟧. Lisinopril ⟦N c=dose:10/12.5 mg⟧ daily."),
    ("us-04", "en",
     "Coronal images demonstrate a 2.3 cm left adrenal nodule ⟦R s=601 i=45 p=0 c=plane:(coronal series 601, image 45)⟧ with washout of 70%. "
     "Sagittal reformats unremarkable."),
    ("us-05", "en",
     "COMPARISON: ⟦N c=date:1/15/2024⟧.\nFINDINGS: Previously noted 9 mm nodule ⟦R s=2 i=77 p=1 c=prior:(series 2, image 77 on the prior)⟧ now measures 5 mm "
     "⟦R s=3 i=81 p=0 c=full_en:(series 3, image 81)⟧."),
    ("us-06", "en",
     "Hepatic steatosis. Liver to spleen attenuation ratio ⟦N c=ratio:0.8:1⟧. Spleen 13 cm. ⟦N c=tnm:LI-RADS 3⟧ observation segment 8 "
     "⟦R s=9 i=33 p=0 c=bracket_compact:(9:33)⟧."),
    ("us-07", "en",
     "Fracture of the left 6th rib laterally ⟦R s=- i=112 p=0 c=image_only:(image 112)⟧. No pneumothorax. Findings discussed with Dr. Lee at ⟦N c=time:3:45 PM⟧."),
    ("us-08", "en",
     "Subtle hypoattenuation in the right caudate on ⟦R s=- i=48 p=0 c=image_only:slice 48⟧ suggestive of early infarct. "
     "CTA ⟦N c=ratio:4/5⟧ vessels patent."),
    ("us-09", "en",
     "Thyroid nodule left lobe 1.8 cm, ⟦N c=tnm:TR4⟧. Biopsy recommended. Callback number ⟦N c=phone:(555) 123-4567⟧."),
    ("us-10", "en",
     "Mild compression deformity of ⟦N c=vertebra:T12⟧ with ⟦N c=ratio:25%⟧ height loss ⟦R s=8 i=16 p=0 c=plane:(sagittal image 8:16)⟧, unchanged from prior "
     "⟦R s=5 i=15 p=1 c=prior:(prior sagittal 5:15)⟧."),
    ("us-11", "en",
     "Enlarged subcarinal lymph node measuring 1.6 cm in short axis ⟦R s=2 i=61 p=0 c=full_en:(Series 2, Image 61)⟧. Additional nodes at levels ⟦N c=tnm:4R/7⟧."),
    ("us-12", "en",
     "Left hip: femoral head collapse ⟦N c=ratio:Ficat 3/4⟧. Axial series 5 image 18 ⟦R s=5 i=18 p=0 c=plane:axial series 5 image 18⟧ best depicts subchondral fracture."
     .replace("Axial series 5 image 18 ⟦R s=5 i=18 p=0 c=plane:axial series 5 image 18⟧", "⟦R s=5 i=18 p=0 c=plane:Axial series 5 image 18⟧")),
    # ---------------- mixed / extra ----------------
    ("de-21", "de",
     "Dosis-Längen-Produkt 412 mGy*cm, CTDIvol ⟦N c=dose:8,2 mGy⟧. Untersuchung am ⟦N c=date:05.06.2024⟧ um ⟦N c=time:10:20⟧. "
     "Leichte Bildunschärfe durch Bewegung."),
    ("de-22", "de",
     "Neu aufgetretener Erguss im Recessus costodiaphragmaticus links ⟦R s=4 i=150-160 p=0 c=range:(Se 4/150-160)⟧, in der VU nicht vorhanden "
     "⟦R s=4 i=148 p=1 c=prior:(VU Se 4/148)⟧."),
    ("de-23", "de",
     "Beurteilung:\n1. Kein Nachweis einer intrakraniellen Blutung.\n2. Alte Lakune Stammganglien rechts ⟦R s=3 i=22 p=0 c=impression:(Bild 3/22)⟧.\n"
     "3. ⟦N c=tnm:Fazekas 2⟧."),
    ("ch-06", "de",
     "Fokale noduläre Hyperplasie Segment V, arteriell hyperperfundiert ⟦R s=6 i=38 p=0 c=abbrev:(S 6, B 38)⟧ und in der hepatobiliären Phase "
     "iso- bis hyperintens ⟦R s=11 i=38 p=0 c=abbrev:(S 11, B 38)⟧."),
    ("uk-11", "en",
     "Hydrosalpinx on the right, measuring ⟦N c=size:4.2 x 2.1 cm⟧. Ovaries otherwise normal. Ratio of A/B ⟦N c=ratio:2:1⟧."),
]
# fmt: on


def _build() -> tuple[Excerpt, ...]:
    out = []
    seen = set()
    for eid, lang, marked in _RAW:
        if eid in seen:
            raise ValueError(f"duplicate id {eid}")
        seen.add(eid)
        text, refs, negs = strip_markup(marked)
        out.append(Excerpt(eid, lang, text, tuple(refs), tuple(negs)))
    return tuple(out)


EXCERPTS: tuple[Excerpt, ...] = _build()
