"""Dev set for issue 16, round 2 (engineer refs-fix): inline-marked report excerpts, DE/AT/CH/UK/US habits.

A DEV set: written for the classes the blind set B missed (lists, ranges, slash forms, prior-study cues, plane
hints, snippet boundaries) and tuned on openly. It holds no text of any held-out set (none was opened).

Markup, stripped by `parse` (offsets are computed, never typed):
- `⟦visible citation|spec⟧`: the citation text as the report has it, and what it names. spec tokens:
  `S:I` or `S:I-J` per image or range (S the series the resolver uses: written, else the series named earlier
  in the sentence or a "Serie 5:" heading; `-` for none), `P` (every item points into the prior study),
  `#x` (the items' expected snippet is the one labelled x), `@coronal`/`@sagittal`/`@axial` (the plane word
  in the reference's own bracket or clause).
- `⟨x|snippet text⟩`: the finding text a reference supports, labelled x (the set-5 snippet rule: the clause
  before the reference without connectives/fillers and without words inside the reference's bracket; the
  text after it when the reference comes first).
Excerpts without a citation are confounders (dates, ratios, levels, blood pressure, segments, counters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CONFOUNDERS", "EXCERPTS", "DevRef", "Excerpt", "parse"]


@dataclass(frozen=True)
class DevRef:
    series: int | None
    image_start: int
    image_end: int
    prior: bool
    snippet: str | None
    plane: str | None


@dataclass(frozen=True)
class Excerpt:
    lang: str
    text: str
    refs: tuple[DevRef, ...]


_MARK = re.compile(r"⟦([^|⟧]*)\|([^⟧]*)⟧|⟨(\w)\|([^⟩]*)⟩")
_ITEM = re.compile(r"(-|\d+):(\d+)(?:-(\d+))?$")


def parse(lang: str, marked: str) -> Excerpt:
    """The plain text and expected refs of one marked excerpt."""
    plain: list[str] = []
    snippets: dict[str, str] = {}
    pending: list[tuple[list[tuple[int | None, int, int]], bool, str | None, str | None]] = []
    pos = 0
    for m in _MARK.finditer(marked):
        plain.append(marked[pos:m.start()])
        pos = m.end()
        if m.group(3) is not None:
            snippets[m.group(3)] = m.group(4)
            plain.append(m.group(4))
            continue
        plain.append(m.group(1))
        items, prior, label, plane = [], False, None, None
        for tok in m.group(2).split():
            if tok == "P":
                prior = True
            elif tok.startswith("#"):
                label = tok[1:]
            elif tok.startswith("@"):
                plane = tok[1:]
            elif (item := _ITEM.match(tok)) is not None:
                a = int(item.group(2))
                items.append((None if item.group(1) == "-" else int(item.group(1)), a,
                              int(item.group(3)) if item.group(3) else a))
            else:
                raise ValueError(f"bad spec token {tok!r} in {marked[:40]!r}")
        pending.append((items, prior, label, plane))
    plain.append(marked[pos:])
    refs = tuple(DevRef(s, a, b, prior, snippets[label] if label else None, plane)
                 for items, prior, label, plane in pending for s, a, b in items)
    return Excerpt(lang, "".join(plain), refs)


_DE = [
    # lists: image lists after the image word, slash pairs, slash-separated and semicolon lists, mixed ranges
    "⟨a|Mehrere subpleurale Mikronoduli im linken Oberlappen⟩ (⟦Serie 4, Bilder 33, 41 und 58|4:33 4:41 4:58 #a⟧).",
    "⟨a|Zwei glatt begrenzte Leberzysten im Segment VII⟩ (⟦Bild 6/102 und 6/117|6:102 6:117 #a⟧), größenkonstant.",
    "⟨a|Sklerotische Herde in BWK 9 und LWK 2⟩ (⟦Bild 7/64, 7/139|7:64 7:139 #a⟧).",
    "⟨a|Mesenteriale Lymphknoten bis 9 mm⟩ (⟦Se 5 Bi 71/78/86|5:71 5:78 5:86 #a⟧).",
    "⟨a|Kleine Nierenzysten beidseits⟩ (⟦Se 8 Bi 40,47,52|8:40 8:47 8:52 #a⟧).",
    "⟨a|Multiple Rundherde beidseits⟩ (⟦Serie 3, Bild 12-16, 22 und 30-33|3:12-16 3:22 3:30-33 #a⟧).",
    "⟨a|Pleuraplaques rechts⟩ (⟦Bilder 14, 26 und 31|-:14 -:26 -:31 #a⟧) "
    "und ⟨b|links⟩ (⟦Bild 3/44 bzw. 3/47|3:44 3:47 #b⟧).",
    "⟨a|Verkalkte Granulome⟩ (⟦Se 2, Bi 18; 25; 39|2:18 2:25 2:39 #a⟧).",
    "⟨a|Knotige Pleuraverdickungen⟩ (⟦Bild 4/12, 15 und 19|4:12 4:15 4:19 #a⟧).",
    "⟨a|Noduläre Verdichtungen⟩, ⟦Serie 6, Bilder 50, 57, 63|6:50 6:57 6:63 #a⟧: am ehesten entzündlich.",
    "⟨a|Hypodense Läsionen in Segment II und III⟩ (⟦Serie 5, Bild 40 sowie Serie 7, Bild 18|5:40 7:18 #a⟧).",
    "⟨a|Osteolysen im Os ilium⟩ (⟦3/112 bzw. 3/118|3:112 3:118 #a⟧).",
    "⟨a|Fokale Wandverdickung des Colon sigmoideum⟩ (⟦Bild 2/201 oder 2/205|2:201 2:205 #a⟧).",
    "⟨a|Zystische Pankreasläsionen⟩ (⟦Se 4 Bi 77 & 83|4:77 4:83 #a⟧).",
    "⟨a|Lungenrundherde⟩ (⟦S3/B14/22/35|3:14 3:22 3:35 #a⟧).",
    "⟨a|Verkalkte Lymphknoten hilär⟩ (⟦Bilder 61/66/72|-:61 -:66 -:72 #a⟧).",
    # ranges: dash, en dash, bis, repeated keyword, open-ended ("ab Bild 40": image 40)
    "⟨a|Ausgedehnte Lungenembolie im rechten Unterlappen⟩ (⟦Bild 20-24|-:20-24 #a⟧).",
    "⟨a|Abszess im M. iliopsoas links⟩ (⟦Serie 4, Bild 55–61|4:55-61 #a⟧).",
    "⟨a|Perikarderguss bis 12 mm⟩ (⟦Bild 30 bis Bild 36|-:30-36 #a⟧).",
    "⟨a|Aortendissektion Typ B⟩ ⟦ab Bild 40 der Serie 3|3:40 #a⟧.",
    "⟨a|Zyste im Pankreaskopf⟩ ⟦von Bild 70 bis 74 der Serie 5|5:70-74 #a⟧.",
    "⟨a|Hämatom der Bauchwand⟩ (⟦Se 4/Bi 55-60|4:55-60 #a⟧).",
    "⟨a|Thrombus in der V. femoralis⟩ (⟦Serie 9, Bild 120 bis Bild 131|9:120-131 #a⟧).",
    "⟨a|Divertikulitis des Sigmas⟩ (⟦4/155-162|4:155-162 #a⟧).",
    # slash forms in a citation context beside dates, levels, segments, blood pressure
    "⟨a|Leberläsion in Segment 6/7⟩ (⟦Serie 4, Bild 40|4:40 #a⟧), seit 03/2023 größenkonstant.",
    "⟨a|Diskusprotrusion LWK 4/5 mit Recessusstenose links⟩ (⟦S6/B45|6:45 #a⟧).",
    "⟨a|Fettgewebsnekrose paraumbilikal⟩ (⟦Se. 6 / Bi. 45|6:45 #a⟧).",
    "⟨a|Adrenales Adenom links⟩ (⟦5/33|5:33 #a⟧), RR 150/90 mmHg laut Anforderung.",
    # prior-study references: in the bracket, before it in the clause, a comparison sentence about the prior
    "⟨a|Rundherd im Mittellappen, aktuell 11 mm⟩ (⟦Serie 3, Bild 88|3:88 #a⟧; ⟦VU: Se 2, Bi 80|2:80 P #a⟧).",
    "⟨a|In der Voruntersuchung 7 mm⟩ (⟦Serie 2, Bild 61|2:61 P #a⟧), ⟨b|jetzt 10 mm⟩ (⟦Serie 4, Bild 66|4:66 #b⟧).",
    "⟨a|In der CT vom 14.02.2024 maß der Lymphknoten 12 mm⟩ (⟦Serie 2, Bild 45|2:45 P #a⟧).",
    "⟨a|Lebermetastase im Vorbefund⟩ (⟦Bild 5/71|5:71 P #a⟧) ⟨b|nicht mehr abgrenzbar⟩.",
    "⟨a|Im Vergleich zur Voraufnahme war der Erguss deutlich größer⟩ (⟦Voraufnahme Serie 3, Bild 30|3:30 P #a⟧).",
    "⟨a|Knoten im Oberlappen, damals 6 mm⟩ (⟦Se 2 Bi 40|2:40 P #a⟧).",
    # round 29 (refs-conv29): re-marked prior (the convention: a citation right after an earlier exam is its)
    "⟨a|Größenprogredienter Rundherd im Vergleich zur Voruntersuchung⟩ (⟦Serie 3, Bild 52|3:52 P #a⟧).",
    "⟨a|Im Vorbefund vom 02.05.2023 noch 15 mm⟩ (⟦Serie 5, Bild 28|5:28 P #a⟧), ⟨b|aktuell 9 mm⟩ "
    "(⟦Serie 6, Bild 31|6:31 #b⟧).",
    "⟨a|Im Vergleich zur MRT vom 11.09.2023 maß die Läsion 8 mm⟩ (⟦Se 7, Bi 14|7:14 P #a⟧).",
    # plane hints in the bracket or clause: between series and image, after the image, MPR words
    "⟨a|Kompressionsfraktur BWK 12⟩ (⟦Serie 601 koronar, Bild 33|601:33 @coronal #a⟧).",
    "⟨a|Spondylolyse L5⟩ (⟦Se 5 sag. Bi 45|5:45 @sagittal #a⟧) und ⟨b|Facettengelenksarthrose⟩ "
    "(⟦Se 3, Bi 90|3:90 #b⟧).",
    "⟨a|Bandscheibenvorfall C5/6⟩ (⟦sag. MPR Bild 45|-:45 @sagittal #a⟧).",
    "⟨a|Fraktur des Processus transversus⟩ (⟦Serie 4 (koronar), Bild 20|4:20 @coronal #a⟧).",
    "⟨a|Zyste⟩ (⟦kor. Serie 6, Bild 12|6:12 @coronal #a⟧) und ⟨b|Hämangiom⟩ (⟦Serie 6, Bild 40|6:40 #b⟧).",
    "⟨a|Thrombose des Sinus transversus links⟩ (⟦Serie 4, Bild 20|4:20 #a⟧).",
    "⟨a|Herd, verglichen mit der CT vom 14.02.2024⟩ (⟦dort Serie 2, Bild 40|2:40 P #a⟧; "
    "⟦jetzt Serie 4, Bild 44|4:44 #a⟧).",
    # snippet boundaries: lists and ranges at the start or the end of a sentence
    "⟦Bilder 12-16 (Serie 3)|3:12-16 #a⟧: ⟨a|Konsolidierung im posterioren Unterlappen rechts⟩.",
    "⟦Serie 4, Bild 20 bis 24|4:20-24 #a⟧: ⟨a|langstreckige Stenose der A. femoralis superficialis⟩.",
    "⟦Se 3 Bi 12/15/19|3:12 3:15 3:19 #a⟧: ⟨a|multiple Mikronoduli⟩.",
    "Auf den ⟦Bildern 40 bis 44 der Serie 5|5:40-44 #a⟧ zeigt sich ⟨a|eine Invagination⟩.",
    "⟨a|Mehrere Zysten⟩, siehe ⟦Serie 3, Bild 12 und 15|3:12 3:15 #a⟧.",
    "⟨a|Zyste⟩ (⟦Bild 3/20|3:20 #a⟧) und ⟨b|Hämangiom⟩ (⟦Bild 3/31 und 3/38|3:31 3:38 #b⟧) der Leber.",
    "⟨a|Erguss⟩, ⟦Bild 40-48 der Serie 6|6:40-48 #a⟧, gekammert.",
]

_EN = [
    "⟨a|Several hypodense liver lesions⟩ (⟦images 22, 29 and 47 of series 5|5:22 5:29 5:47 #a⟧).",
    "⟨a|Scattered calcified granulomas⟩ (⟦series 3, images 14 & 19|3:14 3:19 #a⟧).",
    "⟨a|Small pulmonary nodules⟩, ⟦series 3, images 12, 15, 19|3:12 3:15 3:19 #a⟧, ⟨b|all stable⟩.",
    "⟨a|Bilateral renal cysts⟩ (⟦images 31, 36, 44 on series 4|4:31 4:36 4:44 #a⟧).",
    "⟨a|Two enhancing foci⟩ (⟦se 7 im 12/18/24|7:12 7:18 7:24 #a⟧).",
    "⟨a|Segmental emboli⟩ (⟦series 4, image 30 or 31|4:30 4:31 #a⟧).",
    "⟨a|Hepatic hemangioma⟩ (⟦images 30 through 36|-:30-36 #a⟧).",
    "⟨a|Pericardial effusion⟩ (⟦series 2, images 40 to 46|2:40-46 #a⟧).",
    "⟨a|Left pleural effusion⟩ (⟦se 4, im 55 through im 61|4:55-61 #a⟧).",
    "⟨a|Ground-glass opacity⟩ (⟦series 3, image 70-image 74|3:70-74 #a⟧).",
    "⟨a|Pancreatic duct dilatation⟩ (⟦4/77-81|4:77-81 #a⟧).",
    "⟨a|Right adrenal nodule⟩ (⟦S5/B61|5:61 #a⟧), BP 145/95 at presentation.",
    "⟨a|Right lower lobe nodule, previously 5 mm⟩ (⟦series 2, image 30|2:30 P #a⟧), ⟨b|now 9 mm⟩ "
    "(⟦series 4, image 41|4:41 #b⟧).",
    "⟨a|On the 2023 study it measured 6 mm⟩ (⟦series 2, image 52|2:52 P #a⟧).",
    "⟨a|Subcarinal node measured 14 mm on the March 2024 CT⟩ (⟦series 3, image 77|3:77 P #a⟧).",
    "⟨a|Compared with the prior CT the nodule measured 8 mm⟩ (⟦series 3, image 44|3:44 P #a⟧) and ⟨b|now "
    "measures 12 mm⟩ (⟦series 5, image 48|5:48 #b⟧).",
    "⟨a|Stable left adrenal nodule⟩ (⟦series 4, image 60|4:60 #a⟧; ⟦prior series 3, image 58|3:58 P #a⟧).",
    # round 29 (refs-conv29): re-marked prior (the convention: a citation right after an earlier exam is its)
    "⟨a|Enlarging right hilar node compared to prior⟩ (⟦series 5, image 49|5:49 P #a⟧).",
    "⟨a|On the CT from 03/14/2024 the lesion was 11 mm⟩ (⟦series 2, image 35|2:35 P #a⟧).",
    "⟨a|Pars defect at L5⟩ (⟦series 5 sagittal image 45|5:45 @sagittal #a⟧).",
    "⟨a|Scaphoid fracture⟩ (⟦coronal reformat, image 33|-:33 @coronal #a⟧).",
    "⟨a|Small cyst⟩ (⟦cor series 601, image 70|601:70 @coronal #a⟧); "
    "⟨b|second cyst⟩ (⟦series 601, image 88|601:88 #b⟧).",
    "⟦Series 3, image 45|3:45 #a⟧: ⟨a|8 mm solid nodule in the lingula⟩.",
    "⟦Image 22 of series 4|4:22 #a⟧ shows a ⟨a|small hiatal hernia⟩.",
    "⟨a|Nodule, compared with the prior⟩ (⟦there series 2, image 40|2:40 P #a⟧), larger.",
    "⟦Images 40-44 (series 5)|5:40-44 #a⟧ show a ⟨a|small pneumothorax⟩.",
    "See ⟦series 3, images 12, 15 and 19|3:12 3:15 3:19 #a⟧, for the ⟨a|nodules⟩.",
    "⟨a|Mural thrombus in the infrarenal aorta⟩, best seen on ⟦series 4, images 60 to 66|4:60-66 #a⟧.",
    "⟨a|Nodules⟩: ⟦series 3, image 14|3:14 #a⟧; ⟦series 3, image 22|3:22 #a⟧; ⟦series 4, image 9|4:9 #a⟧.",
]

# Batch 2, written after the first round of fixes and measured once before the second (docs/snippets.md).
_DE2 = [
    "⟦Bilder 12, 15, 19 (Serie 3)|3:12 3:15 3:19 #a⟧: ⟨a|subpleurale Noduli bis 4 mm⟩.",
    "⟨a|Hypodense Leberläsionen⟩ (⟦Se. 4, Bi. 20/25/31|4:20 4:25 4:31 #a⟧).",
    "⟨a|Pleuraergüsse beidseits⟩ (⟦Serie 2, Bilder 33/37|2:33 2:37 #a⟧).",
    "⟨a|Nebenmilzen⟩ (⟦Serie 3 Bild 12 u. 15|3:12 3:15 #a⟧).",
    "⟨a|Verkalkungen der Falx⟩ (⟦Se 3, Bi 12 resp. 15|3:12 3:15 #a⟧).",
    "⟨a|Lymphknoten iliakal⟩ (⟦Serie 3, Bild 112 + 118|3:112 3:118 #a⟧).",
    "⟨a|Metastasen⟩ (⟦S3 B12 und B15|3:12 3:15 #a⟧).",
    "⟨a|Abszessformation perianal⟩ (⟦Serie 4, Bild 20—24|4:20-24 #a⟧).",
    "⟨a|Ileus mit Kalibersprung⟩ (⟦Bild 118-22|-:118-122 #a⟧).",
    "⟨a|Stenose der A. renalis⟩ ⟦Bilder 55 bis 60 der Serie 4|4:55-60 #a⟧.",
    "⟨a|Leberzyste⟩ (⟦Se 6 / Im 45|6:45 #a⟧).",
    "⟨a|Knochenzyste⟩ (⟦Serie/Bild: 6/45|6:45 #a⟧).",
    "⟨a|Rippenfraktur rechts⟩ [⟦6/45|6:45 #a⟧].",
    "⟨a|Lungenrundherd im Unterlappen⟩ (⟦VU vom 12.03.2024: Se 3, Bi 38|3:38 P #a⟧).",
    "⟨a|Im Vorbefund⟩ (⟦Se 3/Bi 38|3:38 P #a⟧) ⟨b|6 mm⟩, ⟨c|jetzt 9 mm⟩ (⟦Se 4/Bi 41|4:41 #c⟧).",
    "⟨a|Verglichen mit der Voruntersuchung⟩, dort ⟦Bild 38 der Serie 3|3:38 P #a⟧, größenprogredient.",
    "⟨a|Rundherd in der auswärtigen CT 5 mm⟩ (⟦Serie 2, Bild 77|2:77 P #a⟧).",
    "⟨a|Läsion⟩ (⟦aktuell Se 4 Bi 41|4:41 #a⟧; ⟦VU Se 3 Bi 38|3:38 P #a⟧).",
    "⟨a|Spinalkanalstenose L3/4⟩ (⟦MPR sagittal, Bild 45|-:45 @sagittal #a⟧).",
    "⟨a|Dens-Fraktur⟩ (⟦sagittale MPR, Serie 7, Bild 19|7:19 @sagittal #a⟧).",
    "⟨a|Bandscheibensequester⟩ (⟦Serie 7 sag. MPR, Bild 21|7:21 @sagittal #a⟧).",
    "⟨a|Hiatushernie⟩ (⟦Se 5 (kor.) Bi 45|5:45 @coronal #a⟧).",
    "⟨a|Zyste im Pankreasschwanz⟩ (⟦kor. Bild 4/20|4:20 @coronal #a⟧) und ⟨b|Nebennierenadenom⟩ (⟦Bild 3/45|3:45 #b⟧).",
]
# Added after batch 2 was measured (the cases its fixes were built for; not part of its once-measured figure).
_DE3 = [
    "⟨a|Die auswärtige CT vom 12.3.2024 zeigte einen Herd 8 mm⟩ (⟦Serie 2, Bild 40|2:40 P #a⟧).",
    "⟨a|Milchglasherd⟩ (⟦Bild 45/120|-:45 #a⟧).",
    "⟨a|Knoten⟩ (⟦Serie 5 (sag. Rekonstruktion), Bild 33|5:33 @sagittal #a⟧).",
    "⟨a|Herd in der Voraufnahme vom 3.2.2024⟩ (⟦Bild 4/40|4:40 P #a⟧) 5 mm, ⟨b|aktuell 9 mm⟩ (⟦Bild 6/44|6:44 #b⟧).",
    "⟨a|Sklerosierte Herde⟩ (⟦Se 3: Bi 12, Bi 18, Bi 25|3:12 3:18 3:25 #a⟧).",
    "⟨a|Zysten⟩ (⟦Serie 3 Bild 45 sowie 4/50|3:45 4:50 #a⟧).",
    "⟨a|Rundherd⟩ (⟦Serie 3, Bild 45|3:45 #a⟧, 3/4 der Zirkumferenz).",
    "⟨a|Herd im Vergleichs-CT 5 mm⟩ (⟦Se 3, Bi 38|3:38 P #a⟧).",
    "⟨a|Lymphknoten⟩ (⟦Baseline-CT Serie 3, Bild 38|3:38 P #a⟧; ⟦Ausgangsuntersuchung Serie 2, Bild 30|2:30 P #a⟧).",
    "⟨a|Metastase⟩ (⟦12.03.2024: Serie 3, Bild 38|3:38 P #a⟧).",
    "⟨a|Knoten⟩ (⟦Serie 3, Bild 38 der CT vom 12.03.2024|3:38 P #a⟧).",
    "⟨a|Im Verlauf größenkonstant⟩, ⟦VU Bild 38 Serie 3|3:38 P #a⟧.",
    "⟨a|Herd seit 2019 bekannt⟩ (⟦Serie 3, Bild 38|3:38 #a⟧), ⟨b|Kontrolle⟩ 12/2024.",
    "⟨a|Noduli⟩ (⟦Bilder 12,15 und 19|-:12 -:15 -:19 #a⟧), ⟨b|Zysten⟩ (⟦Bilder 22 und 25 und 29|-:22 -:25 -:29 #b⟧).",
    "⟨a|Hämatom⟩ (⟦Bilder 20 bis einschl. 24|-:20-24 #a⟧), ⟨b|Erguss⟩ (⟦3/20-3/24|3:20-24 #b⟧).",
    "⟨a|Zyste⟩ (⟦S3 B20-B24|3:20-24 #a⟧), Messung 3,5 und 4,5 cm.",
]
_EN3 = [
    "⟨a|Renal cyst⟩ (⟦se:im 6:45|6:45 #a⟧).",
    "⟨a|Liver cyst⟩ (⟦S/I 6/45|6:45 #a⟧).",
    "⟨a|Enhancing lesion⟩ (⟦series 5 axial T2 FS image 33|5:33 @axial #a⟧).",
    "⟨a|Ring-enhancing lesion⟩ (⟦series 5, axial T1 post, image 33|5:33 @axial #a⟧).",
    "⟨a|Nodule⟩ (⟦series 3, image 38 of the earlier study|3:38 P #a⟧).",
    "⟨a|On the last CT the nodule measured 5 mm⟩ (⟦series 3, image 38|3:38 P #a⟧).",
    "⟨a|Nodule⟩ (⟦series 3, image 38|3:38 P #a⟧, 2022).",
    "⟨a|Nodule⟩ (⟦series 3, image 38|3:38 P #a⟧ on 02/2023 CT).",
    "⟨a|Nodule⟩ (⟦02/2023: series 3, image 38|3:38 P #a⟧).",
]
_EN2 = [
    "⟨a|Scattered nodules⟩ (⟦series 3, images 12, 15, and 19|3:12 3:15 3:19 #a⟧).",
    "⟨a|Two hepatic cysts⟩ (⟦images 12 and 15 (series 3)|3:12 3:15 #a⟧).",
    "⟨a|Bone islands⟩ (⟦SE 5: IM 12, 18, 27|5:12 5:18 5:27 #a⟧).",
    "⟨a|Lytic lesion in the sacrum⟩ (⟦series 3 image 12|3:12 #a⟧, also ⟦image 40|3:40 #b⟧ ⟨b|in the ilium⟩).",
    "⟨a|Fluid collection⟩ (⟦images 30-36, series 4|4:30-36 #a⟧).",
    "⟨a|Retroperitoneal hematoma⟩ (⟦images 30 thru 36|-:30-36 #a⟧).",
    "⟨a|Appendicolith⟩ (⟦series 2, image 140-44|2:140-144 #a⟧).",
    "⟨a|Splenic infarct⟩ (⟦image 40 onward|-:40 #a⟧).",
    "⟨a|Right renal stone⟩ (⟦3:45|3:45 #a⟧), ratio 2:1 for the cortex.",
    "⟨a|Mesenteric node, previously 4 mm⟩ (⟦series 201, image 45 on 1/3/2024|201:45 P #a⟧).",
    "⟨a|Left upper lobe nodule measured 6 mm on the outside CT⟩ (⟦series 2, image 30|2:30 P #a⟧).",
    "⟨a|Sclerotic focus⟩ (⟦series 4, image 60|4:60 #a⟧; ⟦on the previous, series 3, image 55|3:55 P #a⟧).",
    "⟨a|Scaphoid waist fracture⟩ (⟦coronal reformats, series 601, image 40|601:40 @coronal #a⟧).",
    "⟨a|Disc extrusion at L5/S1⟩ (⟦sagittal series 5, image 45|5:45 @sagittal #a⟧); ⟨b|facet effusion⟩ "
    "(⟦series 8, image 20|8:20 #b⟧).",
]

# Batch 4, written at 17:55 after rounds 1-3 and measured once before its own fixes (docs/snippets.md).
_DE4 = [
    "⟨a|Aortenaneurysma infrarenal, 52 mm⟩ (⟦Serie 4, Bilder 80–95|4:80-95 #a⟧).",
    "⟨a|Nierenzysten Bosniak I⟩ (⟦Ser. 5: Bild 40, 52, 61|5:40 5:52 5:61 #a⟧).",
    "⟨a|Pneumobilie⟩ (⟦Bild 2/14 sowie Bild 2/19|2:14 2:19 #a⟧).",
    "⟨a|Sinterungsfraktur LWK 1⟩ (⟦sag. Serie 8 Bild 24|8:24 @sagittal #a⟧; "
    "⟦VU sag. Serie 7 Bild 22|7:22 P #a @sagittal⟧).",
    "⟨a|Bekannte Leberzyste⟩, ⟨b|damals 14 mm⟩ (⟦VU Bild 3/41|3:41 P #b⟧), ⟨c|jetzt 15 mm⟩ (⟦Bild 4/45|4:45 #c⟧).",
    "⟨a|Lymphknoten subkarinal⟩ ⟦Se 2/Bi 66-70|2:66-70 #a⟧ ⟨b|mit 11 mm Kurzachse⟩.",
    "⟨a|Fokale Mehrspeicherung⟩ (⟦Sequenz 12, Bild 18 bis 21|12:18-21 #a⟧).",
    "⟨a|Milzläsion⟩ (⟦Voruntersuchung vom 05.01.2024, Serie 3, Bild 77|3:77 P #a⟧) ⟨b|nicht mehr nachweisbar⟩.",
    "⟨a|Knochenmarködem⟩ (⟦STIR koronar, Serie 6, Bild 11|6:11 @coronal #a⟧).",
    "⟨a|Kleine Nebenmilz⟩ (⟦Se3/Bi112|3:112 #a⟧).",
    "⟨a|Verdacht auf Lungenembolie⟩ (⟦Serie 4 Bilder 100/104/110|4:100 4:104 4:110 #a⟧).",
    "⟨a|Dissektion der A. vertebralis⟩ (⟦Bild 5/30 bis 5/38|5:30-38 #a⟧).",
    "⟨a|Im Vergleich zur Voruntersuchung vom 12/2023, wo der Herd 6 mm mass⟩ (⟦Se 3 Bi 50|3:50 P #a⟧), "
    "⟨b|jetzt 8 mm⟩ (⟦Se 5 Bi 52|5:52 #b⟧).",
]
_EN4 = [
    "⟨a|Small bilateral effusions⟩ (⟦series 2 images 60-70 and 72|2:60-70 2:72 #a⟧).",
    "⟨a|Hepatic steatosis with focal sparing⟩ (⟦se 3/im 40 & 3/52|3:40 3:52 #a⟧).",
    "⟨a|Previously 9 mm⟩ (⟦series 201 image 33 on the 11/2023 exam|201:33 P #a⟧), ⟨b|now 12 mm⟩ "
    "(⟦series 3 image 35|3:35 #b⟧).",
    "⟨a|Nodule measured 4 mm on the comparison⟩ (⟦2:40|2:40 P #a⟧).",
    "⟨a|Subsegmental atelectasis⟩ (⟦coronal, series 602, images 41-44|602:41-44 @coronal #a⟧).",
    "⟨a|Left renal calculus⟩ (⟦image 88, series 3|3:88 #a⟧ / ⟦coronal image 60, series 601|601:60 #a @coronal⟧).",
    "⟨a|Tiny hypodensity⟩ (⟦SE 4 IM 33, 35, 38|4:33 4:35 4:38 #a⟧), too small to characterize.",
    "⟨a|Enlarged node⟩ (⟦4/71|4:71 #a⟧; ⟦prior 3/66|3:66 P #a⟧).",
    "⟨a|Osseous lesion⟩ (⟦image 55 through image 61 on series 7|7:55-61 #a⟧).",
]
# Batch 5 (round 5 classes, tuned on): "sl", "(on prior a/b)", "(Serie 3: 45)", compact lists with "und".
_MIXED5 = [
    ("en", "⟨a|Small nodule⟩ (⟦se 3, sl 45|3:45 #a⟧)."),
    ("en", "⟨a|Stable nodule⟩ (⟦6/40|6:40 #a⟧; ⟦on prior 3/38|3:38 P #a⟧)."),
    ("de", "⟨a|Zyste⟩ (⟦Serie 3: 45|3:45 #a⟧) und ⟨b|Hämangiom⟩ (⟦Serie 3, 61|3:61 #b⟧)."),
    ("en", "⟨a|Nodules⟩ (⟦series 3: 45, 48|3:45 3:48 #a⟧)."),
    ("de", "⟨a|Metastasen⟩ (⟦S 3, B 45 und 48|3:45 3:48 #a⟧)."),
    ("en", "⟨a|Nodule⟩ ⟦S3 B45|3:45 #a⟧ and 12 more were counted."),
    ("de", "⟨a|Wirbelkörperhämangiom⟩ (⟦Se 601 koronal Bi 40|601:40 @coronal #a⟧), ⟨b|Schmorl-Knötchen⟩ "
           "(⟦Serie 602 sagital, Bild 12|602:12 @sagittal #b⟧)."),
    ("de", "⟨a|Kortikale Irregularität⟩ (⟦MPR kor. 601/40|601:40 @coronal #a⟧)."),
    # label style: each reference names the finding after it
    ("de", "⟦Bild 45|-:45 #a⟧: ⟨a|Rundherd⟩; ⟦Bild 60|-:60 #b⟧: ⟨b|Zyste⟩."),
    ("de", "⟦Se 3/Bi 45|3:45 #a⟧: ⟨a|8 mm Herd⟩, ⟦Se 3/Bi 60|3:60 #b⟧: ⟨b|Zyste⟩."),
    ("de", "Befund: ⟦Serie 3 Bild 45|3:45 #a⟧ ⟨a|Rundherd 8 mm⟩, ⟦Bild 60|3:60 #b⟧ ⟨b|Zyste⟩."),
    ("de", "(⟦Se 3 Bi 45|3:45 #a⟧) ⟨a|Rundherd rechts⟩, (⟦Se 3 Bi 60|3:60 #b⟧) ⟨b|Zyste links⟩."),
]

# Batch 6, written at 18:10 after all earlier rounds and measured once before its own fixes (docs/snippets.md).
_MIXED6 = [
    ("de", "⟨a|Subpleurale Retikulationen dorsobasal⟩ (⟦Serie 5, Bilder 201, 215, 230 und 244|5:201 5:215 5:230 "
           "5:244 #a⟧)."),
    ("de", "⟨a|Thrombus im linken Vorhofohr⟩ (⟦Se. 7, Bi. 55–58|7:55-58 #a⟧)."),
    ("de", "⟨a|Fettleber⟩ ⟦Bild 4/30|4:30 #a⟧, ⟨b|fokale Minderverfettung⟩ ⟦Bild 4/41|4:41 #b⟧."),
    ("de", "⟨a|Gallenblasenstein⟩ (⟦Se. 3 / Bi. 60 u. 64|3:60 3:64 #a⟧)."),
    ("de", "⟨a|Vorbekannte Hirnmetastase⟩ (⟦VU: Serie 9, Bild 14|9:14 P #a⟧; ⟦aktuell Serie 11, Bild 15|11:15 #a⟧)."),
    ("de", "⟨a|Der Lymphknoten mass in der Vor-CT vom 02.02.2023 noch 15 mm⟩ (⟦Serie 2, Bild 70|2:70 P #a⟧)."),
    ("de", "⟨a|Kleines Meningeom⟩ (⟦T1 KM koronar, Serie 12, Bild 40|12:40 @coronal #a⟧)."),
    ("de", "⟨a|Spondylodiszitis⟩ (⟦sagittal Bild 8/14 bis 8/19|8:14-19 @sagittal #a⟧)."),
    ("de", "⟨a|Nebennierenadenom links⟩ (⟦Serie 4, Bild 88, siehe auch Serie 601, Bild 52|4:88 601:52 #a⟧)."),
    ("de", "⟨a|Rundherd im Oberlappen⟩ (⟦Bild 35 der VU|-:35 P #a⟧, ⟦Bild 38 der aktuellen Serie 3|3:38 #a⟧)."),
    ("en", "⟨a|Trace pericardial fluid⟩ (⟦series 4, images 70, 75, 81, and 90|4:70 4:75 4:81 4:90 #a⟧)."),
    ("en", "⟨a|Right hepatic lobe lesion⟩ (⟦se 5 im 44-47|5:44-47 #a⟧, ⟦prior se 4 im 40|4:40 P #a⟧)."),
    ("en", "⟨a|Sigmoid diverticulitis⟩ (⟦coronal 601/33-38|601:33-38 @coronal #a⟧)."),
    ("en", "⟨a|On the 6/2023 MRI the lesion measured 11 mm⟩ (⟦series 9, image 14|9:14 P #a⟧); ⟨b|it now measures "
           "15 mm⟩ (⟦series 11, image 16|11:16 #b⟧)."),
    ("en", "⟨a|Small pneumothorax⟩ (⟦image 12 and image 19, series 2|2:12 2:19 #a⟧)."),
    ("en", "⟨a|Soft tissue nodule in the left breast⟩ (⟦2:44-49|2:44-49 #a⟧)."),
    ("en", "⟨a|Hiatal hernia⟩ (⟦sagittal reformats, image 120|-:120 @sagittal #a⟧)."),
    ("en", "⟨a|Mildly enlarged node, previously 8 mm⟩ (⟦series 3, image 60 of the study dated 01/12/2024|3:60 P #a⟧)."),
]

# Batch 7, whole report paragraphs full of numbers, written at 18:11, measured once before its own fixes.
_MIXED7 = [
    ("de", "CT Thorax/Abdomen mit KM vom 04.11.2024, Vergleich CT vom 12.05.2024. Technik: 1 mm / 5 mm, DLP 845 "
           "mGy*cm. ⟨a|Progrediente Lungenmetastasen beidseits, größte im rechten Unterlappen 14 mm⟩ "
           "(⟦Se 4, Bi 188|4:188 #a⟧; ⟦VU Se 3, Bi 176|3:176 P #a⟧). "
           "⟨b|Neue Lebermetastase Segment 6/7, 9 mm⟩ (⟦Se 5 Bi 71|5:71 #b⟧). "
           "Aorta 3,2 cm, LWK 4/5 Osteochondrose, Nieren 11/12 cm. RECIST: Summe 54 mm (VU 41 mm), PD."),
    ("de", "MRT LWS vom 02.10.2024: ⟨a|Bandscheibenprotrusion L4/5 mit Kontakt zur Wurzel L5 rechts⟩ (⟦sag. T2 Se 3 "
           "Bi 9|3:9 @sagittal #a⟧, ⟦ax. T2 Se 6 Bi 21|6:21 @axial #a⟧). Modic I L5/S1. Spinalkanal 11 mm. "
           "Konus auf Höhe LWK 1/2. Kontrolle in 3-6 Monaten."),
    ("en", "CT chest 11/04/2024, comparison 05/12/2024. ⟨a|Enlarging right lower lobe nodule, 9 mm⟩ (⟦series 3, "
           "image 112|3:112 #a⟧), ⟨b|previously 6 mm⟩ (⟦series 2, image 108|2:108 P #b⟧). Emphysema, LAA 12%. Coronary "
           "calcium. BP 150/90. Lung-RADS 4A; follow-up in 3 months. Heart rate 72/min."),
    ("en", "MRI brain: ⟨a|Acute infarct in the left MCA territory⟩ (⟦DWI series 5, images 18-22|5:18-22 #a⟧). "
           "ASPECTS 8/10. NIHSS 6/42. ⟨b|Old lacune⟩ (⟦series 7, image 14|7:14 #b⟧). FLAIR 3/4 of the "
           "centrum semiovale normal. Fazekas 1. Follow up 6/52."),
]

# Excerpts without a citation: numbers a report carries that the miner must leave alone.
_CONFOUNDERS_DE = [
    "Leberläsion in Segment 6/7, seit 03/2023 unverändert.",
    "Diskusprotrusion LWK 4/5 und LWK 5/S1.",
    "RR 130/80 mmHg, Puls 72/min.",
    "Verhältnis Aorta/Pulmonalis 1/1,2.",
    "Kontrolle in 3/12 empfohlen.",
    "Aufnahme 2/3 leicht verwackelt.",
    "Voruntersuchung vom 12.03.2024 zum Vergleich herangezogen.",
    "Bild 1 von 2 der Dokumentation.",
    "Gleason 3+4=7, PSA 8,2 ng/ml.",
    "Segment 6/7 und Segment 8 frei.",
    "Schichtdicke 1/5 mm.",
    "Stenose der A. carotis interna 70/80 % nach NASCET.",
    "Befund in 2 Ebenen dokumentiert, Bild 3 Jahre alt.",
    "Befund vom 4/2024 liegt vor.",
    "Fraktur BWK 11/12 in der Voruntersuchung nicht sichtbar.",
    "Verlaufskontrolle empfohlen (6/12).",
    "Bild 4/12/2023 archiviert, Bild 12/03/2024 nachgereicht.",
    "Röntgen Thorax im Bild 2 Ebenen.",
    "Sinus transversus und Sinus sigmoideus frei.",
    "CT Thorax vom 14.02.2024 zum Vergleich, 3/4 der Lunge belüftet.",
]
_CONFOUNDERS_EN = [
    "Follow-up CT in 6/52 recommended.",
    "Blood pressure 140/90 at the time of the scan.",
    "Comparison: CT from 03/14/2024.",
    "Disc bulge at L4/5 and C5/6.",
    "Visual acuity 20/40 on the left.",
    "Image 1 of 4 is degraded by motion.",
    "Series 3 of 5 was repeated after contrast.",
    "Stent 8/40 mm in the right common iliac artery.",
    "From image quality, the study is diagnostic.",
    "Prior study dated 2/2023 was reviewed.",
    "Follow-up advised (6/52).",
    "The 2023 study showed 3 nodules up to 4 mm.",
    "Images 1/2/3 of the scout are blank.",
    "Ratio of 2:1 between the cortex and medulla (1:100 dilution).",
    "Vertebral levels (C5/6) and (T11/12) unremarkable.",
    "Outside CT from 2022 not available.",
    "Ejection fraction (55/60 %) normal.",
    "Exam performed 3/12/2024 at 14:30; prior exam 11/2023.",
    "BI-RADS 4 (2/5 criteria).",
    "Slices 1-3 of 5 degraded by motion.",
    "Reformats (series 2, 3 and 5) reviewed.",
    "Images 1, 2, 3 of the scout are normal; images 1/2/3 attached.",
    "Ratio 3:2 favoring the right; FEV1/FVC 0.65 (65/100).",
    "Series 1-3 are localizers; series 4 is the portal venous phase.",
    "Pain score [3/10], labs [12/45].",
]
_CONFOUNDERS_DE2 = [
    "Steatosis hepatis (Segment 6/7) und Zyste LWK (4/5).",
    "Verhältnis 2:1 (1:100 verdünnt).",
    "Auswärtige CT von 2022 liegt nicht vor.",
    "Kontrolle in 3 Monaten, dann Bilder 2 Ebenen.",
    "Bild 1/2/3 der Übersicht ohne Befund.",
    "Aufnahmen 24/48 h nach Injektion, Knochenalter (Bilder 12/14 Jahre).",
    "Verhältnis Kortex/Mark [2:1], Literatur [12/45].",
    "Z. n. Hemikolektomie 03/2021, Kontrolle alle 6/12.",
    "Bildqualität eingeschränkt (Bewegungsartefakte Bild 1 bis 3 von 5).",
    "Serie 3 und 4 ohne Kontrastmittel.",
    "Rekonstruktionen (Serien 2, 3 und 5) sowie (Serie 3, 12 Bilder) und (Serie 3: 4 mm).",
    "Bilder 1, 2, 3 der Dokumentation sind unscharf, Gleason (3:4) Muster, Zyste [3:1].",
    "Verlauf: Bild 2019, 2020 und 2021 stabil.",
    "Kontrolle in 6 Monaten (ca. 06/2025), Vorbefund vom 03.2024.",
    "Schrittmacher (2/2019), Aggregatwechsel 3/2024.",
]

BATCH1: list[Excerpt] = [parse("de", t) for t in _DE] + [parse("en", t) for t in _EN]
BATCH2: list[Excerpt] = [parse("de", t) for t in _DE2] + [parse("en", t) for t in _EN2]
BATCH6: list[Excerpt] = [parse(lang, t) for lang, t in _MIXED6]
BATCH7: list[Excerpt] = [parse(lang, t) for lang, t in _MIXED7]
BATCH4: list[Excerpt] = [parse("de", t) for t in _DE4] + [parse("en", t) for t in _EN4]
EXCERPTS: list[Excerpt] = (BATCH1 + BATCH2 + [parse("de", t) for t in _DE3] + [parse("en", t) for t in _EN3] + BATCH4
                           + [parse(lang, t) for lang, t in _MIXED5] + BATCH6 + BATCH7)
CONFOUNDERS: list[Excerpt] = [parse("de", t) for t in _CONFOUNDERS_DE + _CONFOUNDERS_DE2] + [
    parse("en", t) for t in _CONFOUNDERS_EN]
