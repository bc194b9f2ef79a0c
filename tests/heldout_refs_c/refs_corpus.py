"""Held-out refs C: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs page or any earlier corpus. Do not tune the
miner on these texts; measure with `python -m tests.heldout_refs_blind.measure_refs --corpus
tests.heldout_refs_c.refs_corpus`.

Inline markup (stripped in code, so every offset is computed, never typed):

- `⟦visible¦spec¦class¦snip⟧` a gold citation. `spec` is a comma list of `S:I` or `S:I-J` (series S, or `-`
  when the text names none; images I..J); a leading `p` marks a reference into a prior study. One citation
  span may carry several gold refs (a list). `snip` names the snippet the refs support.
- `⟪visible¦class⟫` a confounder: a number-bearing phrase that must not be mined.
- `⟨id¦ ... ⟩` the expected snippet `id`: the words of the finding the reference supports, in its own clause
  (before the citation, or after it when the citation leads), without section headers and without the
  citation itself. Snippets may nest; spans with the same id are joined.

Gold conventions: a list yields one ref per image; a range one ref (image_start..image_end); an image-only
citation inherits the series named earlier in its sentence or section, else series is None; a plane word
does not change series or image; a citation into a prior study (VU, Vorbefund, Voraufnahme, prior,
comparison study ...) is gold with prior_study true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

REF_CLASSES = frozenset({
    "full_de", "full_en", "abbrev_de", "abbrev_en", "compact", "glued", "slash", "list", "range",
    "image_only", "plane", "prior", "impression", "slice_word",
})
CONFOUNDER_CLASSES = frozenset({
    "date", "time", "ratio", "dose", "lab", "level", "staging", "birads", "phone", "counter",
    "blood_pressure", "followup", "size", "bild_word", "segment", "age",
})


@dataclass(frozen=True)
class GoldRef:
    series: int | None
    image_start: int
    image_end: int
    prior_study: bool
    category: str
    start: int
    end: int
    snippet: str


@dataclass(frozen=True)
class Confounder:
    category: str
    start: int
    end: int


@dataclass(frozen=True)
class Excerpt:
    id: str
    origin: str
    lang: str
    text: str
    refs: tuple[GoldRef, ...]
    confounders: tuple[Confounder, ...]


_TOKEN = re.compile(r"⟦([^⟧]*)⟧|⟪([^⟫]*)⟫|⟨(\w+)¦|⟩")
_SPEC = re.compile(r"(p?)(\d+|-):(\d+)(?:-(\d+))?")
_MARKUP = set("⟦⟧⟪⟫⟨⟩¦")


def _plain(s: str) -> str:
    if _MARKUP & set(s):
        raise ValueError(f"stray markup in {s!r}")
    return s


def _excerpt(eid: str, origin: str, marked: str) -> Excerpt:
    lang = "en" if origin in ("UK", "US") else "de"
    parts: list[str] = []
    n = pos = 0
    stack: list[tuple[str, int]] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    pending: list[tuple[int, int, str, str, str]] = []
    confs: list[Confounder] = []
    for m in _TOKEN.finditer(marked):
        chunk = _plain(marked[pos:m.start()])
        parts.append(chunk)
        n += len(chunk)
        pos = m.end()
        if m.group(1) is not None:
            vis, spec, cat, sid = m.group(1).split("¦")
            if stack or cat not in REF_CLASSES:
                raise ValueError(f"{eid}: bad ref markup {m.group(0)!r}")
            pending.append((n, n + len(vis), spec, cat, sid))
            parts.append(vis)
            n += len(vis)
        elif m.group(2) is not None:
            vis, cat = m.group(2).split("¦")
            if cat not in CONFOUNDER_CLASSES:
                raise ValueError(f"{eid}: bad confounder class {cat!r}")
            confs.append(Confounder(cat, n, n + len(vis)))
            parts.append(vis)
            n += len(vis)
        elif m.group(3) is not None:
            stack.append((m.group(3), n))
        else:
            sid, s0 = stack.pop()
            spans.setdefault(sid, []).append((s0, n))
    parts.append(_plain(marked[pos:]))
    if stack:
        raise ValueError(f"{eid}: unclosed snippet")
    text = "".join(parts)
    refs: list[GoldRef] = []
    for start, end, spec, cat, sid in pending:
        snippet = " ".join(text[a:b] for a, b in spans[sid])
        for item in spec.split(","):
            sm = _SPEC.fullmatch(item.strip())
            if sm is None:
                raise ValueError(f"{eid}: bad spec {item!r}")
            i0 = int(sm.group(3))
            i1 = int(sm.group(4)) if sm.group(4) else i0
            series = None if sm.group(2) == "-" else int(sm.group(2))
            refs.append(GoldRef(series, i0, i1, sm.group(1) == "p", cat, start, end, snippet))
    return Excerpt(eid, origin, lang, text, tuple(refs), tuple(confs))


_RAW: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- Germany
    ("de01", "DE",
     "Befund: ⟨a¦Im ⟪Segment 6¦segment⟫ der Leber eine ⟪14 x 11 mm¦size⟫ messende, randständig "
     "kontrastmittelaufnehmende Läsion⟩ ⟦(Serie 5, Bild 62)¦5:62¦full_de¦a⟧. ⟨b¦Eine zweite, kleinere Läsion "
     "subkapsulär im ⟪Segment 8¦segment⟫⟩ ⟦(Serie 5, Bild 48)¦5:48¦full_de¦b⟧. Milz normal groß."),
    ("de02", "DE",
     "Beurteilung: ⟨a¦Größenprogredienter solider Rundherd im rechten Unterlappen, aktuell ⟪11 mm¦size⟫⟩ "
     "⟦(Se 4, Bi 133)¦4:133¦abbrev_de¦a⟧, ⟨b¦in der VU vom ⟪14.01.2026¦date⟫ noch ⟪7 mm¦size⟫⟩ "
     "⟦(VU: Se 3, Bi 127)¦p3:127¦prior¦b⟧. Empfehlung: histologische Sicherung, Vorstellung im Tumorboard."),
    ("de03", "DE",
     "Befund: ⟨a¦Pathologisch vergrößerter Lymphknoten im aortopulmonalen Fenster, Kurzachse ⟪13 mm¦size⟫⟩ "
     "⟦(Bild 6/88)¦6:88¦slash¦a⟧. Kein Perikarderguss. Herzgröße normal (⟪HTQ 0,48¦ratio⟫)."),
    ("de04", "DE",
     "Klinik: Hypertonie (⟪RR 160/100 mmHg¦blood_pressure⟫), Z.n. Nephrektomie links ⟪2019¦date⟫. Befund: "
     "⟨a¦Multiple subpleurale Mikronoduli im linken Oberlappen, der größte ⟪4 mm¦size⟫⟩ "
     "⟦(Bild 3/57 und 3/64)¦3:57,3:64¦slash¦a⟧. Mediastinum unauffällig."),
    ("de05", "DE",
     "⟨a¦Langstreckige Wandverdickung des Colon sigmoideum mit Imbibierung des perikolischen Fettgewebes⟩ "
     "⟦(Bild 7/102-110)¦7:102-110¦slash¦a⟧, vereinbar mit einer Sigmadivertikulitis ⟪Hansen/Stock IIb¦staging⟫. "
     "Keine freie Luft. Leukozyten ⟪14,2 G/l¦lab⟫, CRP ⟪87 mg/l¦lab⟫."),
    ("de06", "DE",
     "Befund: ⟨a¦Fokale Wandverdickung der Harnblase rechts lateral⟩ ⟦(Serie8Bild37)¦8:37¦glued¦a⟧. "
     "⟨b¦Prostata vergrößert, Volumen ca. ⟪52 ml¦size⟫⟩ ⟦(Se8Bi55)¦8:55¦glued¦b⟧. Samenblasen unauffällig."),
    ("de07", "DE",
     "Befund: ⟨a¦Nicht dislozierte Fraktur des Processus transversus von ⟪LWK 2¦level⟫ links⟩ "
     "⟦(koronar Serie 602, Bild 41)¦602:41¦plane¦a⟧. ⟨b¦Zusätzlich Deckplattenimpression ⟪BWK 12¦level⟫ ohne "
     "Hinterkantenbeteiligung⟩ ⟦(Serie 3, Bild 210)¦3:210¦full_de¦b⟧."),
    ("de08", "DE",
     "⟨a¦Segmentale Lungenarterienembolien im rechten Unterlappen⟩ ⟦(Serie 4, Bilder 150–158)¦4:150-158¦range¦a⟧. "
     "Kein Hinweis auf Rechtsherzbelastung (⟪RV/LV 0,8¦ratio⟫). D-Dimere ⟪2,1 mg/l¦lab⟫."),
    ("de09", "DE",
     "In Serie 3 (axial, ⟪1 mm¦size⟫) ⟨a¦zeigt sich ein kleiner Rundherd im Mittellappen⟩ "
     "⟦(Bild 88)¦3:88¦image_only¦a⟧ sowie ⟨b¦ein weiterer in der Lingula⟩ ⟦(Bild 102)¦3:102¦image_only¦b⟧. "
     "Keine Pleuraergüsse."),
    ("de10", "DE",
     "Klinische Angaben: Z.n. Hemikolektomie rechts ⟪03/2024¦date⟫ bei Kolonkarzinom ⟪pT3 pN1a M0¦staging⟫. "
     "CEA ⟪8,4 ng/ml¦lab⟫. Fragestellung: Rezidiv? Befund: Im Vergleich zur Voruntersuchung vom "
     "⟪12.09.2025¦date⟫ keine neuen Herde. Unveränderte Zyste in ⟪Segment 4a/4b¦segment⟫. Beurteilung: Kein "
     "Rezidivnachweis. Kontrolle in ⟪6 Monaten¦followup⟫."),
    ("de11", "DE",
     "Technik: CT Thorax nach i.v. Gabe von ⟪70 ml Imeron 350¦dose⟫, Beginn ⟪10:42 Uhr¦time⟫, "
     "⟪CTDIvol 6,1 mGy¦dose⟫, ⟪DLP 231 mGy*cm¦dose⟫. Befund: ⟨a¦Zentrilobuläres Emphysem, oberlappenbetont⟩ "
     "⟦(Ser. 2, Bild 40)¦2:40¦abbrev_de¦a⟧. ⟨b¦Bronchialwandverdickungen beidseits basal⟩ "
     "⟦(Ser. 2, Bild 171)¦2:171¦abbrev_de¦b⟧."),
    ("de12", "DE",
     "Befund: ⟨a¦Disseminierte osteoblastische Metastasen im Becken und im proximalen Femur rechts⟩ "
     "⟦(Serie 6, Bilder 12, 19 und 27)¦6:12,6:19,6:27¦list¦a⟧. Bekanntes Prostatakarzinom "
     "(Gleason ⟪4+3¦staging⟫), PSA ⟪34 ng/ml¦lab⟫."),
    ("de13", "DE",
     "Beurteilung: 1. ⟨a¦Akute Appendizitis ohne Perforationszeichen⟩ ⟦(S4 B77)¦4:77¦compact¦a⟧. 2. ⟨b¦Geringe "
     "freie Flüssigkeit im kleinen Becken⟩ ⟦(S4 B121)¦4:121¦impression¦b⟧. Telefonische Mitteilung an Dr. K. "
     "um ⟪14:05¦time⟫ unter ⟪0761 270-34512¦phone⟫."),
    ("de14", "DE",
     "Klin. ⟪Bild: 2 Wochen¦bild_word⟫ Dyspnoe, Fieber. Fragestellung: Infiltrat? Befund: Im Vergleich zum "
     "⟪Bild 2 Tage¦bild_word⟫ zuvor (Röntgen Thorax) ⟨a¦neu aufgetretene Konsolidierung im linken Unterlappen "
     "mit Aerobronchogramm⟩ ⟦(Serie 2, Bild 187)¦2:187¦full_de¦a⟧. Beurteilung: Pneumonie linker Unterlappen. "
     "Kontrolle nach Therapie in ⟪4–6 Wochen¦followup⟫."),
    ("de15", "DE",
     "Befund: ⟨a¦Die bekannte Nebennierenraumforderung links misst aktuell ⟪24 mm¦size⟫⟩ "
     "⟦(Serie 4, Bild 66)¦4:66¦full_de¦a⟧, ⟨b¦in der Voruntersuchung vom ⟪02.05.2025¦date⟫ ⟪21 mm¦size⟫⟩ "
     "⟦(dort Serie 3, Bild 59)¦p3:59¦prior¦b⟧. Dichte nativ ⟪8 HU¦size⟫."),
    ("de16", "DE",
     "Vergleich: Voruntersuchung CT ⟪11/2025¦date⟫. ⟨a¦Die Lymphknoten iliakal extern links sind rückläufig, "
     "jetzt ⟪9 mm¦size⟫⟩ ⟦(Serie 5, Bild 203)¦5:203¦full_de¦a⟧, ⟨b¦zuvor ⟪15 mm¦size⟫⟩ "
     "⟦(VU Serie 4, Bild 198)¦p4:198¦prior¦b⟧. ⟨c¦Der benachbarte Lymphknoten war in der VU ebenfalls größer⟩ "
     "⟦(VU Bild 205)¦p4:205¦prior¦c⟧."),
    ("de17", "DE",
     "⟨a¦In der sagittalen Rekonstruktion Spinalkanalstenose in Höhe ⟪LWK 4/5¦level⟫ mit Restdurchmesser "
     "⟪8 mm¦size⟫⟩ ⟦(Serie 7, Bild 31)¦7:31¦plane¦a⟧. ⟨b¦Rezessale Einengung beidseits⟩ "
     "⟦(axial Serie 9, Bild 44)¦9:44¦plane¦b⟧."),
    ("de18", "DE",
     "Serie 2: ⟨a¦Mehrere bis ⟪6 mm¦size⟫ große Noduli in beiden Unterlappen⟩ "
     "⟦(Bilder 140, 152 und 166)¦2:140,2:152,2:166¦list¦a⟧. ⟨b¦Verkalktes Granulom im Oberlappen rechts⟩ "
     "⟦(Bild 61)¦2:61¦image_only¦b⟧."),
    ("de19", "DE",
     "⟨a¦Hypodense Läsion im Pankreasschwanz, ⟪17 mm¦size⟫⟩ ⟦(Bild 45 der Serie 3)¦3:45¦full_de¦a⟧, ohne "
     "Gangdilatation. ⟪CA 19-9 41 U/ml¦lab⟫."),
    ("de20", "DE",
     "Beurteilung: ⟨a¦Subsegmentale Atelektase im Mittellappen⟩ ⟦(Se.3/Bi.77)¦3:77¦abbrev_de¦a⟧, kein Anhalt "
     "für Malignität. Nächste Kontrolle ⟪in 12 Monaten¦followup⟫ gemäß Fleischner-Kriterien."),
    ("de21", "DE",
     "MRT Knie rechts vom ⟪23.11.2026¦date⟫. Befund: Horizontalriss im Hinterhorn des Innenmeniskus "
     "(⟪Grad 3¦staging⟫ nach Stoller). Knorpelschaden medial ⟪ICRS 2/3¦staging⟫. Gelenkerguss ⟪ca. 5 ml¦size⟫. "
     "Baker-Zyste ⟪3,2 x 1,1 cm¦size⟫. ⟪Seite 1/2¦counter⟫"),
    ("de22", "DE",
     "⟨a¦Thrombus im linken Vorhofohr⟩ ⟦(Serie 11, Bild-Nr. 56)¦11:56¦full_de¦a⟧. Herzfrequenz während der "
     "Akquisition ⟪72/min¦lab⟫, EF visuell ⟪35 %¦lab⟫."),
    ("de23", "DE",
     "⟨a¦Ausgedehnte Pleuraverdickung rechts dorsal mit Kalkplaques⟩ "
     "⟦(Serie 3, Bilder 30 bis 36)¦3:30-36¦range¦a⟧, vereinbar mit asbestassoziierter Pleuraerkrankung. "
     "⟪ILO-Streuungskategorie 1/0¦staging⟫."),
    ("de24", "DE",
     "Zusammenfassung: ⟨a¦Größenkonstante Raumforderung im Pankreaskopf⟩ (⟦aktuell Se 5 Bi 71¦5:71¦abbrev_de¦a⟧; "
     "⟦Voraufnahme Se 5 Bi 69¦p5:69¦prior¦a⟧), somit stabile Erkrankung nach ⟪RECIST 1.1¦staging⟫."),
    ("de25", "DE",
     "Befund: ⟨a¦Hämangiom an der Grenze ⟪Segment 6/7¦segment⟫, ⟪19 mm¦size⟫⟩ ⟦(Bild 5/38)¦5:38¦slash¦a⟧. "
     "Pfortader regelrecht perfundiert. Eine weitere Läsion in ⟪S2/3¦segment⟫ ist nicht sicher abgrenzbar."),
    # ---------------------------------------------------------------- Austria
    ("at01", "AT",
     "Befund: ⟨a¦Im Vergleich zum VB vom ⟪04.03.2026¦date⟫ regrediente Milzläsion, derzeit ⟪12 mm¦size⟫⟩ "
     "⟦(Se 3/Bi 54)¦3:54¦abbrev_de¦a⟧, ⟨b¦vormals ⟪20 mm¦size⟫⟩ ⟦(VB Se 3/Bi 51)¦p3:51¦prior¦b⟧."),
    ("at02", "AT",
     "Befundübermittlung telefonisch an OA Dr. M. (⟪Tel. 01/40400-37210¦phone⟫) um ⟪16:20¦time⟫. Befund: "
     "⟨a¦Subdurales Hämatom links frontoparietal, maximale Breite ⟪9 mm¦size⟫⟩ ⟦(Serie 2 Bild 17)¦2:17¦full_de¦a⟧, "
     "⟨b¦Mittellinienverlagerung ⟪4 mm¦size⟫⟩ ⟦(Serie 2 Bild 21)¦2:21¦full_de¦b⟧."),
    ("at03", "AT",
     "⟨a¦Nierenstein im unteren Kelch rechts, ⟪6 mm¦size⟫, Dichte ⟪1100 HU¦size⟫⟩ "
     "⟦(kor. Se 5, Bi 62)¦5:62¦plane¦a⟧. ⟨b¦Geringe Harnstauung ⟪Grad I¦staging⟫ rechts⟩ "
     "⟦(Se 3, Bi 48)¦3:48¦abbrev_de¦b⟧."),
    ("at04", "AT",
     "Befund: ⟨a¦Bronchiektasen im Mittellappen und in der Lingula⟩ "
     "⟦(Bild 4/31, 4/39, 4/47)¦4:31,4:39,4:47¦slash¦a⟧. Lungenfunktion: ⟪FEV1/FVC 0,62¦ratio⟫."),
    ("at05", "AT",
     "Mammographie und Sonographie beidseits vom ⟪17.10.2026¦date⟫. Beurteilung: ⟪BI-RADS 2¦birads⟫ rechts, "
     "⟪BI-RADS 3¦birads⟫ links, Dichte ⟪ACR B¦birads⟫. Kontrolle ⟪in 6 Monaten¦followup⟫ empfohlen. "
     "Befundnummer ⟪2026/48813¦counter⟫."),
    ("at06", "AT",
     "⟨a¦Kleine Hypodensität im Thalamus links, am ehesten lakunär⟩ ⟦(Serie 3, Schicht 14)¦3:14¦slice_word¦a⟧. "
     "Keine Blutung. Mikroangiopathie ⟪Fazekas 1¦staging⟫, ⟪ASPECTS 10¦staging⟫."),
    ("at07", "AT",
     "Se 6: ⟨a¦Mesenteriale Lymphknotenkonglomerate⟩ ⟦Bi 40-44¦6:40-44¦range¦a⟧, ⟨b¦Peritonealkarzinose im "
     "rechten Unterbauch⟩ ⟦Bi 88¦6:88¦image_only¦b⟧."),
    ("at08", "AT",
     "⟨a¦Zunahme der Pleuraergüsse beidseits, rechts jetzt ⟪4 cm¦size⟫ Saumbreite⟩ "
     "⟦(Serie 3, Bild 120)¦3:120¦full_de¦a⟧; ⟨b¦in der Vorunters. rechts nur schmaler Saum⟩ "
     "⟦(Serie 3, Bild 118)¦p3:118¦prior¦b⟧."),
    ("at09", "AT",
     "Untersuchung ⟪08:15¦time⟫–⟪08:29¦time⟫. Beurteilung: ⟨a¦Verdacht auf Sinusvenenthrombose des Sinus "
     "transversus links⟩ ⟦(Se 801 Bi 112)¦801:112¦impression¦a⟧. Dringende MR-Venographie empfohlen."),
    # ---------------------------------------------------------------- Switzerland
    ("ch01", "CH",
     "Befund: ⟨a¦Grosse Hiatushernie mit intrathorakalem Magenanteil⟩ ⟦(Ser. 4 / Bild 92)¦4:92¦abbrev_de¦a⟧. "
     "Kreatinin ⟪88 µmol/l¦lab⟫, eGFR ⟪74 ml/min/1,73m²¦lab⟫."),
    ("ch02", "CH",
     "⟨a¦Fissur des Os scaphoideum links im mittleren Drittel⟩ ⟦(Ser. 601, Img. 45)¦601:45¦abbrev_de¦a⟧, "
     "⟨b¦in der koronaren Reformation besser abgrenzbar⟩ ⟦(Ser. 602, Img. 30)¦602:30¦plane¦b⟧."),
    ("ch03", "CH",
     "CT Abdomen vom ⟪3.8.26¦date⟫, ⟪11.40 Uhr¦time⟫. Befund: Steatosis hepatis (⟪48 HU¦size⟫). Zyste im "
     "⟪Segment VII¦segment⟫, ⟪9 mm¦size⟫. Nierenzyste rechts ⟪Bosniak I¦staging⟫. Kontrolle in "
     "⟪1 Jahr¦followup⟫ nicht nötig."),
    ("ch04", "CH",
     "⟨a¦Neu aufgetretene Milchglasverdichtung im apikalen Oberlappen links, ⟪15 mm¦size⟫⟩ "
     "⟦(Bild 3/45)¦3:45¦slash¦a⟧; ⟨b¦in der Voruntersuchung vom ⟪2.6.26¦date⟫ an gleicher Stelle nicht "
     "vorhanden⟩ ⟦(VU Bild 3/47)¦p3:47¦prior¦b⟧."),
    ("ch05", "CH",
     "Serie 4: ⟨a¦Perihiläre Lymphknoten rechts bis ⟪14 mm¦size⟫⟩ ⟦(Bild 60–64)¦4:60-64¦range¦a⟧ und ⟨b¦ein "
     "subkarinärer Lymphknoten von ⟪11 mm¦size⟫⟩ ⟦(Bild 71)¦4:71¦image_only¦b⟧. ⟪SUVmax 7,4¦lab⟫ in der PET "
     "vom ⟪12.9.26¦date⟫."),
    ("ch06", "CH",
     "Beurteilung: ⟨a¦Akute Cholezystitis mit Wandverdickung auf ⟪6 mm¦size⟫⟩ ⟦(Se:7 Bi:23)¦7:23¦abbrev_de¦a⟧. "
     "⟨b¦Choledocholithiasis präpapillär⟩ ⟦(Se:7 Bi:41)¦7:41¦impression¦b⟧. Bilirubin ⟪42 µmol/l¦lab⟫."),
    ("ch07", "CH",
     "⟨a¦Diskushernie ⟪L5/S1¦level⟫ paramedian links mit Kompression der ⟪Wurzel S1¦level⟫⟩ "
     "⟦(sagittal Se 8, Bi 15)¦8:15¦plane¦a⟧ und ⟨b¦Rezessusstenose⟩ ⟦(Se 10, Bi 22)¦10:22¦abbrev_de¦b⟧."),
    ("ch08", "CH",
     "⟨a¦Stationärer Rundherd im Oberlappen rechts, ⟪6 mm¦size⟫⟩ ⟦(Ser. 3, Bild 55)¦3:55¦abbrev_de¦a⟧, ⟨b¦in "
     "der Vergleichsuntersuchung ⟪2024¦date⟫ identisch⟩ ⟦(Ser. 3, Bild 57)¦p3:57¦prior¦b⟧. Somit seit über "
     "⟪2 Jahren¦followup⟫ stabil."),
    ("ch09", "CH",
     "Röntgen Thorax pa/seitlich vom ⟪5.11.26¦date⟫: Zwerchfell beidseits glatt. Kein Erguss. "
     "⟪Herz-Thorax-Quotient 0,52¦ratio⟫. Im Vergleich mit der Voraufnahme unverändert. Schlüsselbild "
     "⟪Abb. 2¦counter⟫ im Anhang. ⟪Seite 2 von 2¦counter⟫."),
    # ---------------------------------------------------------------- United Kingdom
    ("uk01", "UK",
     "Findings: ⟨a¦There is a ⟪9 mm¦size⟫ spiculated nodule in the apical segment of the right upper lobe⟩ "
     "⟦(series 3 image 41)¦3:41¦full_en¦a⟧. ⟨b¦A further ⟪4 mm¦size⟫ nodule lies in the left lower lobe⟩ "
     "⟦(series 3 image 188)¦3:188¦full_en¦b⟧. Conclusion: suspicious RUL nodule; refer to lung MDT. Review in "
     "⟪3/12¦followup⟫ if not biopsied."),
    ("uk02", "UK",
     "⟨a¦Low attenuation lesion in the pancreatic tail measuring ⟪12 mm¦size⟫⟩ ⟦(Se 4 Im 67)¦4:67¦abbrev_en¦a⟧, "
     "likely a side-branch IPMN. ⟨b¦Main duct not dilated⟩ ⟦(Se 4 Im 59)¦4:59¦abbrev_en¦b⟧. Recommend MRCP "
     "in ⟪6 months¦followup⟫."),
    ("uk03", "UK",
     "Comparison: CT ⟪14/02/2026¦date⟫. Findings: ⟨a¦The right adrenal nodule has enlarged to ⟪28 mm¦size⟫⟩ "
     "⟦(series 5, image 73)¦5:73¦full_en¦a⟧ ⟨b¦from ⟪19 mm¦size⟫⟩ "
     "⟦(series 5, image 70 on the comparison study)¦p5:70¦prior¦b⟧."),
    ("uk04", "UK",
     "⟨a¦Several enlarged mesenteric lymph nodes, the largest ⟪17 mm¦size⟫ in short axis⟩ "
     "⟦(images 82, 91 and 97 of series 4)¦4:82,4:91,4:97¦list¦a⟧. No ascites."),
    ("uk05", "UK",
     "⟨a¦Circumferential mural thickening of the mid oesophagus over ⟪5 cm¦size⟫⟩ "
     "⟦(series 2, images 112 to 119)¦2:112-119¦range¦a⟧. Staged ⟪T3 N1¦staging⟫ on EUS ⟪03/2026¦date⟫."),
    ("uk06", "UK",
     "Clinical details: fall, back pain, ⟪BP 180/95¦blood_pressure⟫. Findings: Wedge compression fracture of "
     "⟪L1¦level⟫ with ⟪30%¦size⟫ height loss. Degenerative disc disease at ⟪L4/5¦level⟫ and ⟪L5/S1¦level⟫. "
     "Opinion: osteoporotic fracture of ⟪L1¦level⟫, no retropulsion."),
    ("uk07", "UK",
     "⟨a¦Small bowel obstruction with transition point in the right iliac fossa⟩ "
     "⟦(coronal reformat, series 601 image 58)¦601:58¦plane¦a⟧. ⟨b¦Collapsed distal ileum⟩ "
     "⟦(series 2 image 93)¦2:93¦full_en¦b⟧."),
    ("uk08", "UK",
     "Series 5 (arterial phase): ⟨a¦arterially enhancing ⟪21 mm¦size⟫ lesion in ⟪segment 7¦segment⟫⟩ "
     "⟦(image 38)¦5:38¦image_only¦a⟧ with ⟨b¦washout on the portal venous phase⟩ "
     "⟦(series 6 image 40)¦6:40¦full_en¦b⟧. ⟪LI-RADS 5¦staging⟫."),
    ("uk09", "UK",
     "⟨a¦Residual soft tissue at the left hilum now measures ⟪24 x 18 mm¦size⟫⟩ ⟦(Se 3 Im 70)¦3:70¦abbrev_en¦a⟧, "
     "⟨b¦previously ⟪35 x 27 mm¦size⟫⟩ ⟦(previous study Se 3 Im 66)¦p3:66¦prior¦b⟧, in keeping with partial "
     "response."),
    ("uk10", "UK",
     "Conclusion: ⟨a¦Acute left-sided pulmonary embolism in the lower lobe segmental arteries⟩ "
     "⟦(S4/I210)¦4:210¦compact¦a⟧. No right heart strain. Discussed with the registrar on bleep ⟪4312¦phone⟫ at "
     "⟪15:45¦time⟫."),
    ("uk11", "UK",
     "Request: ?collection. eGFR ⟪52¦lab⟫, CRP ⟪143¦lab⟫. Technique: ⟪100 ml Omnipaque 350¦dose⟫, portal "
     "venous phase, ⟪DLP 612 mGy.cm¦dose⟫. Findings: ⟨a¦Rim-enhancing collection in the pouch of Douglas "
     "measuring ⟪6.1 x 4.2 cm¦size⟫⟩ ⟦(series 3 image 144)¦3:144¦full_en¦a⟧. Results phoned to ward 7 on "
     "⟪01632 960441¦phone⟫."),
    ("uk12", "UK",
     "⟨a¦Retropulsion of a fragment into the canal at ⟪T12¦level⟫ with ⟪40%¦size⟫ canal compromise⟩ "
     "⟦(sagittal, image 33 series 702)¦702:33¦plane¦a⟧. ⟨b¦Associated fracture of the posterior elements⟩ "
     "⟦(image 120 series 4)¦4:120¦full_en¦b⟧."),
    ("uk13", "UK",
     "Key images saved to PACS. ⟪Figure 2¦counter⟫ of the MDT summary refers. ⟪Page 1 of 2¦counter⟫. Findings: "
     "⟨a¦Enhancing ⟪8 mm¦size⟫ lesion in the left cerebellar hemisphere⟩ ⟦(Se 9 Im 14)¦9:14¦abbrev_en¦a⟧."),
    # ---------------------------------------------------------------- United States
    ("us01", "US",
     "FINDINGS: ⟨a¦There is a ⟪6 mm¦size⟫ solid nodule in the right middle lobe⟩ "
     "⟦(series 4, image 112)¦4:112¦full_en¦a⟧. IMPRESSION: ⟨b¦⟪6 mm¦size⟫ right middle lobe nodule⟩ "
     "⟦(series 4, image 112)¦4:112¦impression¦b⟧, ⟪Lung-RADS 3¦staging⟫. Follow-up low-dose CT in "
     "⟪6 months¦followup⟫."),
    ("us02", "US",
     "⟨a¦Hypoattenuating ⟪1.4 cm¦size⟫ lesion in the left hepatic lobe⟩ ⟦(SE 2 IM 33)¦2:33¦compact¦a⟧, too "
     "small to characterize. ⟨b¦Simple-appearing left renal cyst⟩ ⟦(SE2 IM51)¦2:51¦glued¦b⟧."),
    ("us03", "US",
     "COMPARISON: CT chest ⟪3/14/2026¦date⟫. FINDINGS: ⟨a¦Left lower lobe mass now measures "
     "⟪3.2 x 2.5 cm¦size⟫⟩ ⟦(series 3, image 201)¦3:201¦full_en¦a⟧, ⟨b¦previously ⟪2.7 x 2.0 cm¦size⟫⟩ "
     "⟦(series 3, image 196 on prior)¦p3:196¦prior¦b⟧."),
    ("us04", "US",
     "⟨a¦Nonobstructing ⟪4 mm¦size⟫ calculus in the lower pole of the left kidney⟩ "
     "⟦(series/image 3/72)¦3:72¦slash¦a⟧. No hydronephrosis. Creatinine ⟪1.1 mg/dL¦lab⟫."),
    ("us05", "US",
     "⟨a¦Multiple sclerotic foci in the thoracic spine⟩ ⟦(series 5, images 61, 70, and 84)¦5:61,5:70,5:84¦list¦a⟧, "
     "concerning for osseous metastases. The ⟪T7¦level⟫ lesion is the largest."),
    ("us06", "US",
     "⟨a¦Long-segment occlusion of the left superficial femoral artery⟩ "
     "⟦(series 7, images 310 through 344)¦7:310-344¦range¦a⟧ with reconstitution at the adductor canal. "
     "⟪ABI 0.62¦ratio⟫."),
    ("us07", "US",
     "⟨a¦Perforated appendicitis with a ⟪3.1 cm¦size⟫ periappendiceal abscess⟩ "
     "⟦(coronal series 5, image 44)¦5:44¦plane¦a⟧. ⟨b¦Reactive thickening of the adjacent cecum⟩ "
     "⟦(series 2, image 80)¦2:80¦full_en¦b⟧. Findings discussed with Dr. Lee at ⟪2:15 PM¦time⟫ on "
     "⟪12/5/2026¦date⟫."),
    ("us08", "US",
     "⟨a¦Ground-glass opacity in the left upper lobe measuring ⟪11 mm¦size⟫⟩ "
     "⟦(series 6, image 88 of 240)¦6:88¦full_en¦a⟧. ⟪Lung-RADS 2¦staging⟫."),
    ("us09", "US",
     "IMPRESSION: 1. ⟨a¦Acute nondisplaced fracture of the right ⟪8th rib¦level⟫ laterally⟩ "
     "⟦(series 3, image 150)¦3:150¦impression¦a⟧. 2. ⟨b¦Small right pneumothorax⟩ "
     "⟦(series 3, image 41)¦3:41¦impression¦b⟧. 3. No acute intracranial abnormality."),
    ("us10", "US",
     "CLINICAL HISTORY: ⟪62 y/o¦age⟫ male, ⟪BP 172/98¦blood_pressure⟫, troponin ⟪0.04 ng/mL¦lab⟫. TECHNIQUE: "
     "CTA chest, ⟪75 mL Isovue-370¦dose⟫, ⟪CTDIvol 11.2 mGy¦dose⟫. FINDINGS: No pulmonary embolism. Aortic "
     "root ⟪3.9 cm¦size⟫. ⟪Agatston score 412¦lab⟫. Call ⟪(617) 555-0142¦phone⟫ with questions."),
    ("us11", "US",
     "⟨a¦Focal fat sparing adjacent to the gallbladder fossa⟩ is seen on ⟦image 27 of series 4¦4:27¦full_en¦a⟧. "
     "⟦On series 2, image 19¦2:19¦full_en¦b⟧, ⟨b¦there is a ⟪5 mm¦size⟫ hyperdense focus in the right basal "
     "ganglia⟩."),
    ("us12", "US",
     "Thyroid ultrasound. ⟨a¦Right lower pole nodule, solid, hypoechoic, ⟪1.6 x 1.1 x 1.0 cm¦size⟫⟩ "
     "⟦(images 14-17)¦-:14-17¦range¦a⟧, ⟪ACR TI-RADS 4¦staging⟫ (⟪TR4¦staging⟫). FNA recommended."),
    ("us13", "US",
     "⟨a¦Hypermetabolic left axillary node, ⟪SUVmax 6.2¦lab⟫⟩ ⟦(series 4, image 98)¦4:98¦full_en¦a⟧, "
     "⟨b¦previously ⟪SUVmax 11.8¦lab⟫⟩ ⟦(prior PET series 4, image 95)¦p4:95¦prior¦b⟧. ⟪Deauville 3¦staging⟫."),
    ("us14", "US",
     "⟨a¦Small hiatal hernia⟩ ⟦(Ser 2 Img 55)¦2:55¦abbrev_en¦a⟧. ⟨b¦Mild diverticulosis of the sigmoid colon "
     "without diverticulitis⟩ ⟦(se 2, im 171)¦2:171¦abbrev_en¦b⟧. ⟪BMI 31¦lab⟫."),
)

EXCERPTS: tuple[Excerpt, ...] = tuple(_excerpt(eid, origin, marked) for eid, origin, marked in _RAW)
