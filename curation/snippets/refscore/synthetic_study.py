"""Synthetic excerpts for the study decision (issue 16 round 14): a citation's study named by the column or arrow
position under a header of timepoint labels, by the verb of its clause, or by an earlier exam named by modality and
date; with current citations beside them that only mention an earlier exam. Written from the classes of the dev
sets (dev16l), never from a held-out text. `study_excerpt` is called by `synthetic._one`.
"""

from __future__ import annotations

import random
from typing import Protocol

_LABELS = {
    "de": ({"prior": ["VU", "Vorbefund", "BL", "Nadir", "VA", "Voruntersuchung", "Baseline", "Vor-CT"],
            "now": ["aktuell", "heute", "akt.", "jetzt"]}),
    "en": ({"prior": ["prior", "baseline", "nadir", "comparison", "previous", "BL", "outside CT"],
            "now": ["current", "today", "now"]}),
}
_MODALITY = {"de": ["CT", "MRT", "PET-CT", "Angio-CT", "Sonographie"], "en": ["CT", "MRI", "PET-CT", "CTA", "MRCP"]}
_MONTH = {"de": ["Januar", "März", "Mai", "Juli", "Oktober"], "en": ["January", "March", "May", "July", "October"]}
# {cp}: prior citation, {c}: current one, {m}/{m2} sizes, {d} a date of the earlier exam, {mod} its modality
_TENSE = {
    "de": ["Der {f} war {m} mm ({cp}) und ist jetzt {m2} mm ({c}).",
           "{f}: damals {m} mm ({cp}), heute {m2} mm ({c}).",
           "Im {mod} vom {d} war der {f} {m} mm groß ({cp}), aktuell {m2} mm ({c}).",
           "Der {f} zeigte sich im {mod} vom {d} mit {m} mm ({cp}).",
           "Der {f} misst {m2} mm ({c}), zuvor {m} mm ({cp}).",
           "Im auswärtigen {mod} ({d}) betrug der {f} {m} mm ({cp}).",
           "Gegenüber dem {mod} vom {d} ist der {f} größenkonstant ({c}).",
           "Der {f} hat sich neu gebildet ({c}); an gleicher Stelle war damals kein Befund ({cp})."],
    "en": ["The {f} was {m} mm ({cp}) and is now {m2} mm ({c}).",
           "On the {mod} of {d} the {f} measured {m} mm ({cp}); it now measures {m2} mm ({c}).",
           "The {f} had been {m} mm ({cp}).",
           "The {f} measures {m2} mm ({c}), previously {m} mm ({cp}).",
           "On the outside {mod} the {f} measured {m} mm ({cp}); today {m2} mm ({c}).",
           "Compared with the {mod} of {d}, the {f} is unchanged ({c}).",
           "The {f} has developed since the {mod} of {d} ({c}).",
           "The {f} ({c}) that measured {m} mm on the {mod} of {d} is now {m2} mm."],
}


class _Cite(Protocol):
    def __call__(self, rng: random.Random, lang: str, prior: bool) -> tuple[str, list]: ...


def _date(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.5:
        return rng.choice(_MONTH[lang])
    return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.20{rng.randint(21, 25)}"


def _table(rng: random.Random, lang: str, finding: str, cite: _Cite) -> tuple[str, list]:
    """A header of 2-3 timepoint labels (one current) and one or two rows citing each column in its order."""
    labels = _LABELS[lang]
    columns = [False] + [True] * rng.choice([1, 1, 2])
    rng.shuffle(columns)
    names = [rng.choice(labels["prior"] if p else labels["now"]) for p in columns]
    names = [n + (f" ({_date(rng, lang)})" if p and rng.random() < 0.3 else "") for n, p in zip(names, columns,
                                                                                                 strict=True)]
    layout = rng.choice(["pipe", "tab", "slash", "arrow"])
    rows, refs = [], []
    for r in range(rng.choice([1, 2])):
        cells = []
        for p in columns:
            c, ref = cite(rng, lang, p)
            cells.append(f"{rng.randint(4, 40)} mm ({c})")
            refs += ref
        name = finding if r == 0 else finding.split()[0]
        if layout == "pipe":
            rows.append(f"| {name} | " + " | ".join(cells) + " |")
        elif layout == "tab":
            rows.append(name + "\t" + "\t".join(cells))
        else:
            rows.append(f"{name}: " + (" / " if layout == "slash" else rng.choice([" -> ", " → "])).join(cells))
    if layout == "pipe":
        head = "| Befund | " if lang == "de" else "| Lesion | "
        header = head + " | ".join(names) + " |\n|" + "---|" * (len(names) + 1)
    elif layout == "tab":
        header = ("Befund\t" if lang == "de" else "Lesion\t") + "\t".join(names)
    else:
        header = (" / " if layout == "slash" else " -> ").join(names) + ":"
    return header + "\n" + "\n".join(rows), refs


def study_excerpt(rng: random.Random, lang: str, finding: str, cite: _Cite) -> tuple[str, list]:
    """One excerpt's text and refs (in text order): a table or arrow row under timepoint labels, or a sentence whose
    verb, timepoint word or dated earlier exam names the study."""
    if rng.random() < 0.5:
        return _table(rng, lang, finding, cite)
    shape = rng.choice(_TENSE[lang])
    c, current = cite(rng, lang, False) if "{c}" in shape else ("", [])
    cp, prior = cite(rng, lang, True) if "{cp}" in shape else ("", [])
    m = rng.randint(4, 30)
    text = shape.format(f=finding.lower() if shape.startswith(("Der", "The", "Im", "On", "Gegen", "Compared"))
                        else finding, m=m, m2=m + rng.randint(1, 9), c=c, cp=cp, d=_date(rng, lang),
                        mod=rng.choice(_MODALITY[lang]))
    order = sorted([(shape.find("{c}"), current), (shape.find("{cp}"), prior)], key=lambda x: x[0])
    return text[0].upper() + text[1:], [r for _, refs in order for r in refs]
