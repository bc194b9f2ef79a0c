"""Synthetic labelled excerpts for the scorer: findings cited in many written forms, current or prior study, beside
the number shapes that are no citation (dates, follow-up intervals, levels, ratios, blood pressure, scores, sizes).

`synthetic_excerpts(n, seed)` gives n excerpts with their refs (series as the resolver uses it, image range, prior
flag), deterministic for a seed. The forms are written from the dev sets' classes, never from a held-out text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class SynthRef:
    series: int | None
    image_start: int
    image_end: int
    prior: bool


@dataclass(frozen=True)
class SynthExcerpt:
    lang: str
    text: str
    refs: tuple[SynthRef, ...]


_FINDINGS = {
    "de": ["Rundherd im Unterlappen rechts", "Hypodense Leberläsion", "Nebennierenadenom links", "Lymphknoten hilär",
           "Zyste im Pankreaskopf", "Pleuraerguss rechts", "Osteolyse im Os ilium", "Milzinfarkt", "Nierenzyste",
           "Fraktur der 7. Rippe", "Thrombus in der V. portae", "Verkalkter Granulom", "Bandscheibenvorfall"],
    "en": ["Right lower lobe nodule", "Hypodense liver lesion", "Left adrenal adenoma", "Hilar lymph node",
           "Pancreatic head cyst", "Right pleural effusion", "Lytic lesion in the ilium", "Splenic infarct",
           "Renal cyst", "Seventh rib fracture", "Portal vein thrombus", "Calcified granuloma", "Disc herniation"],
}
# (template, has series): {s} series, {i} image, {j} range end
_FORMS = {
    "de": [("Serie {s}, Bild {i}", 1), ("Se {s} Bi {i}", 1), ("Se {s}/Bi {i}", 1), ("Bild {s}/{i}", 1),
           ("{s}/{i}", 1), ("Se{s}Bi{i}", 1), ("S{s} B{i}", 1), ("Ser. {s}, Bl. {i}", 1), ("Serie {s} Schicht {i}", 1),
           ("Serie {s}, Bild {i}-{j}", 1), ("Bild {s}/{i}-{j}", 1), ("Bild {i}", 0), ("Bl. {i}", 0),
           ("Bilder {i}-{j}", 0), ("Serie {s}, Bildnr. {i}", 1), ("Se. {s}, Bi. {i}", 1), ("SE {s} IM {i}", 1),
           ("Sequenz {s}, Bild {i}", 1), ("Bild {i} der Serie {s}", 1), ("S {s}/B {i}", 1), ("{s}:{i}", 1)],
    "en": [("series {s}, image {i}", 1), ("se {s} im {i}", 1), ("{s}:{i}", 1), ("image {s}/{i}", 1), ("S{s}/I{i}", 1),
           ("series {s} img {i}", 1), ("ser {s}, fr {i}", 1), ("image {i}", 0), ("img #{i}", 0), ("sl. {i}", 0),
           ("images {i}-{j}", 0), ("series {s}, images {i}-{j}", 1), ("image {i} of series {s}", 1),
           ("se/im {s}/{i}", 1), ("{s}/{i}", 1), ("Se {s} Im {i}", 1), ("series #{s}, image #{i}", 1)],
}
_PRIOR = {
    "de": [("In der VU {m} mm ({c})", "pre"), ("({c}, VU)", "in"), ("(VU: {c})", "in"), ("(Vorbefund {c})", "in"),
           ("damals {m} mm ({c})", "pre"), ("im Vor-CT {m} mm ({c})", "pre"), ("({c} der Voruntersuchung)", "in")],
    "en": [("previously {m} mm ({c})", "pre"), ("on the prior {m} mm ({c})", "pre"), ("(prior: {c})", "in"),
           ("({c} on the prior)", "in"), ("on the 2023 CT {m} mm ({c})", "pre"), ("(comparison {c})", "in")],
}
_NOW = {"de": ["jetzt {m} mm ({c})", "aktuell {m} mm ({c})", "heute {m} mm ({c})"],
        "en": ["now {m} mm ({c})", "currently {m} mm ({c})", "today {m} mm ({c})"]}
_CURRENT_COMPARE = {"de": "{f}, im Vergleich zur Voruntersuchung größenprogredient ({c}).",
                    "en": "{f}, enlarged compared to prior ({c})."}
# number shapes that are no citation, in a bracket or beside one
_CONFOUNDERS = {
    "de": ["Kontrolle in {a}/12 empfohlen", "RR 1{b}/{a}0 mmHg", "Diskusprotrusion LWK {a}/{a1}", "Segment {a}/{a1}",
           "Schrittmacher (0{a}/2019)", "ASPECTS ({a}/10)", "Verhältnis ({a}:{a1})", "um 1{a}:{b} Uhr",
           "({a}/{a1} der Zirkumferenz)", "Stent ({a}/{b}0 mm)", "Gleason ({a}+{a1})", "(Dokumentation Bild 1/{a})",
           "Zyste {a}/{b} mm", "GCS ({a}/15)", "seit ({a}/2023)", "Aufnahmen {a}/{b} h p.i."],
    "en": ["follow-up in {a}/12", "BP 1{b}/{a}0", "disc bulge at L{a}/{a1}", "EF ({b}/60 %)", "ratio ({a}:{a1})",
           "at 1{a}:{b}", "({a}/{a1} of the circumference)", "stent ({a}/{b}0 mm)", "Gleason ({a}+{a1})",
           "GCS ({a}/15)", "since ({a}/2023)", "key image 1/{a}", "({a}/52)", "size {a}/{b} mm"],
}


def _cite(rng: random.Random, lang: str, prior: bool) -> tuple[str, list[SynthRef]]:
    form, has_series = rng.choice(_FORMS[lang])
    s = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 301, 601])
    i = rng.randint(12, 240)
    j = i + rng.randint(2, 6)
    text = form.format(s=s, i=i, j=j)
    end = j if "{j}" in form else i
    return text, [SynthRef(s if has_series else None, i, end, prior)]


def _one(rng: random.Random, lang: str) -> SynthExcerpt:
    finding = rng.choice(_FINDINGS[lang])
    kind = rng.random()
    if kind < 0.45:
        c, refs = _cite(rng, lang, False)
        shape = rng.choice(["{f} ({c}).", "{f} [{c}].", "{f}, {c}.", "{c}: {f}."])
        text = shape.format(f=finding, c=c)
    elif kind < 0.7:
        c0, r0 = _cite(rng, lang, True)
        c1, r1 = _cite(rng, lang, False)
        prior, _ = rng.choice(_PRIOR[lang])
        now = rng.choice(_NOW[lang])
        text = f"{finding}, {prior.format(m=rng.randint(4, 30), c=c0)}, {now.format(m=rng.randint(4, 30), c=c1)}."
        refs = r0 + r1
    elif kind < 0.8:
        c, refs = _cite(rng, lang, False)
        text = _CURRENT_COMPARE[lang].format(f=finding, c=c)
    else:
        c, refs = _cite(rng, lang, False)
        a = rng.randint(2, 9)
        confounder = rng.choice(_CONFOUNDERS[lang]).format(a=a, a1=a + 1, b=rng.randint(10, 59))
        text = rng.choice([f"{finding} ({c}). {confounder}.", f"{confounder}; {finding} ({c}).", f"{confounder}."])
        if not text.count("(" + c):
            refs = []
    # image-only refs inherit nothing here: no series is named elsewhere in the excerpt
    return SynthExcerpt(lang, text, tuple(refs))


def synthetic_excerpts(n: int, seed: int = 0) -> list[SynthExcerpt]:
    """n synthetic excerpts (60 % German), the same for the same seed."""
    rng = random.Random(seed)
    return [_one(rng, "de" if rng.random() < 0.6 else "en") for _ in range(n)]
