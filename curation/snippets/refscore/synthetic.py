"""Synthetic labelled excerpts for the scorer: findings cited in many written forms, current or prior study, beside
the number shapes that are no citation (dates, follow-up intervals, levels, ratios, blood pressure, scores, sizes).

`synthetic_excerpts(n, seed)` gives n excerpts with their refs (series as the resolver uses it, image range, prior
flag), deterministic for a seed. The forms are written from the dev sets' classes, never from a held-out text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from curation.snippets.refscore.synthetic_study import study_excerpt


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
# Round 8: a comparison phrase governs the measurement it holds ({cp}: a prior citation after that measurement), not
# a citation of this study's finding inside it or after "now" ({c}: current).
_COMPARE_NOW = {
    "de": ["{f}, im Vergleich zur Voruntersuchung ({m} mm) jetzt {m2} mm ({c}).",
           "{f}: verglichen mit der VU größenkonstant, aktuell {m2} mm ({c}).",
           "Gegenüber dem Vor-CT {m} mm, jetzt {m2} mm ({c}).",
           "{f}, im Vgl. zur Voraufnahme vom 03/2024 mit damals {m} mm nun {m2} mm ({c}).",
           "Im Vergleich zur Voruntersuchung größenprogredient ({c}), jetzt {m2} mm (zuvor {m} mm).",
           "Verglichen mit dem Vor-CT zunehmend ({c}), aktuell {m2} mm.",
           "{f} gegenüber der VU größenkonstant ({c}), jetzt {m2} mm.",
           "{f} gegenüber der Voruntersuchung {m} mm ({cp}) aktuell {m2} mm ({c})."],
    "en": ["{f}, compared with the prior ({m} mm) now {m2} mm ({c}).",
           "Compared with the prior exam, the {f} now measures {m2} mm ({c}).",
           "{f} has enlarged compared to the 2023 CT, now {m2} mm ({c}).",
           "Relative to baseline {m} mm, currently {m2} mm ({c}).",
           "Compared with the prior CT the {f} has grown ({c}), now {m2} mm versus {m} mm.",
           "Compared to the previous study, enlarging {f} ({c}), now {m2} mm.",
           "In comparison with the baseline study the {f} is unchanged ({c}), today {m2} mm.",
           "{f}, {m} mm on the comparison exam ({cp}), today {m2} mm ({c})."],
}
# Round 8: study labels on the pairs of one bracket ({p}: prior pair, {n}: current pair), and an attribute that
# names the prior examination but describes this study's finding ({c}: current).
_PAIR_LABELS = {
    "de": ["({p} VU, {n} aktuell)", "(VU {p}, {n} aktuell)", "({p} in der VU, aktuell {n})", "(VU: {p}; jetzt {n})",
           "(aktuell {n}, VU {p})", "({n}; {p} im Vorbefund)", "(VU {p}, {p2}; aktuell {n})",
           "Verglichen mit der VU, dort {p}, größenprogredient ({n})"],
    "en": ["({p} on prior, {n} now)", "(prior {p}, now {n})", "({n}; {p} on the prior)", "(now {n}, previously {p})",
           "(current {n}, comparison {p})", "(prior {p}, {p2}; now {n})", "({n}), there {p} on the prior"],
}
_ATTRIBUTE = {"de": ["Der bereits in der VU beschriebene {f} ({c}) ist größenkonstant.",
                     "Bereits in der Voruntersuchung abgrenzbarer {f} ({c}).",
                     "{f}, schon im Vor-CT vorhanden, unverändert ({c})."],
              "en": ["The previously described {f} ({c}) is unchanged.",
                     "{f}, already present on the prior study, is stable ({c})."]}
# Round 8: values with a unit in a series bracket (acquisition parameters, densities, doses); {c}: a citation
# beside them, or none.
_UNIT_VALUES = {
    "de": ["(Serie {s}, {kv} kV)", "(Serie {s}, {kv} kV, {mas} mAs)", "(Serie {s}: {t} mm Schichtdicke)",
           "(Sequenz {s}, {hu} HE)", "(Serie {s}, {p} %)", "(Serie {s}, {ml} ml KM)", "Serie {s} ({kv} kV)",
           "(Se {s}, {kv} keV)", "({c}, {hu} HE)", "({c}; {kv} kV)", "({c}, Dichte {hu} HU)"],
    "en": ["(series {s}, {kv} kV)", "(series {s}, {kv} kVp, {mas} mAs)", "(series {s}, {t} mm)",
           "(series {s}, {hu} HU)", "(series {s}, {ml} mL contrast)", "series {s} ({kv} kVp)",
           "(se {s}, {kv} keV monoenergetic)", "({c}, {hu} HU)", "({c}; {kv} kVp)", "({c}, density {hu} HU)"],
}
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


# Round 14: the share of excerpts whose study is named by a column, an arrow, a verb or a dated earlier exam
STUDY_SHARE = 0.15


def _one(rng: random.Random, lang: str) -> SynthExcerpt:
    finding = rng.choice(_FINDINGS[lang])
    if rng.random() < STUDY_SHARE:
        text, refs = study_excerpt(rng, lang, finding, _cite_with_series)
        return SynthExcerpt(lang, text, tuple(refs))
    kind = rng.random()
    if kind < 0.38:
        c, refs = _cite(rng, lang, False)
        shape = rng.choice(["{f} ({c}).", "{f} [{c}].", "{f}, {c}.", "{c}: {f}."])
        text = shape.format(f=finding, c=c)
    elif kind < 0.46:
        return _compare_now(rng, lang, finding)
    elif kind < 0.54:
        return _unit_values(rng, lang, finding)
    elif kind < 0.58:
        return _labelled_pairs(rng, lang, finding)
    elif kind < 0.61:
        c, refs = _cite(rng, lang, False)
        text = rng.choice(_ATTRIBUTE[lang]).format(f=finding, c=c)
        return SynthExcerpt(lang, text[0].upper() + text[1:], tuple(refs))
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


def _compare_now(rng: random.Random, lang: str, finding: str) -> SynthExcerpt:
    shape = rng.choice(_COMPARE_NOW[lang])
    c, refs = _cite(rng, lang, False)
    cp, prior = _cite(rng, lang, True) if "{cp}" in shape else ("", [])
    m = rng.randint(4, 30)
    text = shape.format(f=finding, m=m, m2=m + rng.randint(1, 9), c=c, cp=cp)
    return SynthExcerpt(lang, text[0].upper() + text[1:], tuple(prior + refs))


def _cite_with_series(rng: random.Random, lang: str, prior: bool) -> tuple[str, list[SynthRef]]:
    while True:
        text, refs = _cite(rng, lang, prior)
        if refs[0].series is not None:
            return text, refs


def _labelled_pairs(rng: random.Random, lang: str, finding: str) -> SynthExcerpt:
    shape = rng.choice(_PAIR_LABELS[lang])
    (sp, ip), (sn, i_n) = [(rng.choice([2, 3, 4, 5, 6, 7]), rng.randint(12, 240)) for _ in range(2)]
    ip2 = ip + rng.randint(2, 9)
    sep = "/" if lang == "de" else rng.choice("/:")
    if rng.random() < 0.5 or "{p2}" in shape:  # bare pairs
        p, p2, n = f"{sp}{sep}{ip}", f"{sp}{sep}{ip2}", f"{sn}{sep}{i_n}"
    else:  # written forms, each with its series (an image-only one would inherit the other's)
        p, (prior,) = _cite_with_series(rng, lang, True)
        n, (current,) = _cite_with_series(rng, lang, False)
        sp, ip, sn, i_n, p2 = prior.series, prior.image_start, current.series, current.image_start, ""
    text = f"{finding} " + shape.format(p=p, p2=p2, n=n) + "."
    refs = [(shape.index("{p}"), SynthRef(sp, ip, ip, True)), (shape.index("{n}"), SynthRef(sn, i_n, i_n, False))]
    if "{p2}" in shape:
        refs.append((shape.index("{p2}"), SynthRef(sp, ip2, ip2, True)))
    return SynthExcerpt(lang, text, tuple(r for _, r in sorted(refs, key=lambda x: x[0])))


def _unit_values(rng: random.Random, lang: str, finding: str) -> SynthExcerpt:
    shape = rng.choice(_UNIT_VALUES[lang])
    c, refs = _cite(rng, lang, False) if "{c}" in shape else ("", [])
    values = shape.format(s=rng.choice([2, 3, 4, 5, 6, 601, 602]), kv=rng.choice([70, 80, 100, 120, 140, 150]),
                          mas=rng.randint(20, 300), t=rng.choice([1, 2, 3, 5]), hu=rng.randint(-20, 90),
                          p=rng.randint(10, 90), ml=rng.choice([40, 60, 80, 100]), c=c)
    text = rng.choice(["{f} {v}.", "Technik: {v}. {f}.", "{f}, {v}, unverändert."
                       if lang == "de" else "{f}, {v}, unchanged."]).format(f=finding, v=values)
    return SynthExcerpt(lang, text, tuple(refs))


def synthetic_excerpts(n: int, seed: int = 0) -> list[SynthExcerpt]:
    """n synthetic excerpts (60 % German), the same for the same seed."""
    rng = random.Random(seed)
    return [_one(rng, "de" if rng.random() < 0.6 else "en") for _ in range(n)]
