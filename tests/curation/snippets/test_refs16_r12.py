"""Issue 16 round 12: the miss classes of dev16k (docs/snippets.md, round 12), on sentences written for this test
(not dev16k's strings). Each row is what the miner returns: (series used, first image, last image, prior study),
with the grammar alone and with the default learned decision.
"""

from __future__ import annotations

import pytest

from curation.snippets.mine import mine_refs_batch
from curation.snippets.refscore.decide import packaged_model, using

Row = tuple[int | None, int, int, bool]


def _rows(text: str, lang: str) -> list[Row]:
    refs = mine_refs_batch([text], [lang], include_prior=True)[0]
    return [(r.series_used, r.image_start, r.image_end, r.prior_study) for r in refs]


CASES: list[tuple[str, str, str, list[Row]]] = [
    # viewer labels S:I / S:B before a compact pair (before: no reference at all)
    ("viewer-label", "en", "Thrombus in the left atrial appendage (S:I 6:44), not on the prior (S:I 4:40 on prior).",
     [(6, 44, 44, False), (4, 40, 40, True)]),
    ("viewer-label", "de", "Lipom am Oberschenkel (koronar S:B 7:112).", [(7, 112, 112, False)]),
    ("viewer-label", "en", "Ischemic focus (DWI, S:I 8:20; ADC S:I 9:20).", [(8, 20, 20, False), (9, 20, 20, False)]),
    # a timepoint of an earlier examination opening the clause, then a measurement (before: current)
    ("timepoint", "de", "Erguss rechts aktuell 22 mm (Serie 3, Bild 88), gestern 15 mm (Serie 3, Bild 85).",
     [(3, 88, 88, False), (3, 85, 85, True)]),
    ("timepoint", "de", "Lymphknoten paraaortal jetzt 11 mm (Se 4, Bi 70), Nadir 8 mm (Se 4, Bi 68).",
     [(4, 70, 70, False), (4, 68, 68, True)]),
    ("timepoint", "de", "Hämatom 12 mm (Se 2 Bi 19), vor der Operation 20 mm (Se 2 Bi 22).",
     [(2, 19, 19, False), (2, 22, 22, True)]),
    ("timepoint", "de", "Knochenmark im Staging SUVmax 9,2 (Serie 4, Bild 33), aktuell SUVmax 2,1 (Serie 4, Bild 35).",
     [(4, 33, 33, True), (4, 35, 35, False)]),
    # a measurement, then the timepoint it was taken at
    ("value-timepoint", "en", "Primary tumour now 3.1 cm (Se 5 Im 40), 5.2 cm at diagnosis (Se 5 Im 43).",
     [(5, 40, 40, False), (5, 43, 43, True)]),
    ("value-timepoint", "en", "Pneumothorax 1.5 cm (Se 2 Im 30) versus 3.0 cm on day 1 (Se 2 Im 31).",
     [(2, 30, 30, False), (2, 31, 31, True)]),
    # ... a bare US pair after "at baseline" is no clock time (before: dropped)
    ("value-timepoint", "en", "Hepatic lesion 1.9 cm (arterial 5:22), 1.6 cm at baseline (5:20).",
     [(5, 22, 22, False), (5, 20, 20, True)]),
    # the label of the bracket or of its ";" part names the earlier examination
    ("part-label", "de", "Rundherd links (Se 3 Bi 77; 2022: Se 3 Bi 75).", [(3, 77, 77, False), (3, 75, 75, True)]),
    ("part-label", "de", "Zyste im Pankreaskopf (VU: 9 mm; Se 5, Bi 48) aktuell 14 mm (Se 5, Bi 50).",
     [(5, 48, 48, True), (5, 50, 50, False)]),
    ("part-label", "en", "Ascites (today, Se 4 Im 60); (2 weeks ago, Se 4 Im 58).",
     [(4, 60, 60, False), (4, 58, 58, True)]),
    # current and earlier timepoints alternating in one bracket or one sentence
    ("alternating", "de", "Raumforderung Niere links (Bild 5/90 vs. VU Bild 5/88 vs. Baseline Bild 4/91) konstant.",
     [(5, 90, 90, False), (5, 88, 88, True), (4, 91, 91, True)]),
    ("alternating", "en", "Aortic stent graft (for comparison: Se 3 Im 50 then, Se 4 Im 52 now) shows no endoleak.",
     [(3, 50, 50, True), (4, 52, 52, False)]),
    ("alternating", "de", "Milzinfarkt aktuell 30 mm (S4/B60), Nadir 18 mm (S4/B58 am 03.04.), Baseline 25 mm "
                          "(S3/B61).",
     [(4, 60, 60, False), (4, 58, 58, True), (3, 61, 61, True)]),
    ("alternating", "de", "Adnexzyste jetzt 35 mm (Se. 7, Bi. 22), lt. Vorbefund 31 mm (Se. 7, Bi. 20; 14 ml).",
     [(7, 22, 22, False), (7, 20, 20, True)]),
    # a prior cue far before the citation in its clause
    ("far-cue", "de", "Die Läsion, die damals dem Gallengang anlag (Serie 6, Bild 33), ist heute kleiner "
                      "(Serie 6, Bild 35).",
     [(6, 33, 33, True), (6, 35, 35, False)]),
    ("far-cue", "en", "Previous CTA showed a patent graft (Se 2 Im 90).", [(2, 90, 90, True)]),
    # ... a "when"/"als" clause on a dated earlier examination (a day and month without a year is a date too)
    ("far-cue", "de", "Verglichen mit der CT vom 3. April, als die Zyste noch 4 cm maß (Serie 2, Bild 40), jetzt 2 cm "
                      "(Serie 2, Bild 41).", [(2, 40, 40, True), (2, 41, 41, False)]),
    ("far-cue", "en", "Compared with the MRI of 12 May, the lesion (Se 6 Im 20) is unchanged.", [(6, 20, 20, False)]),
    # ... and not where the finding is this study's, named as known then
    ("far-cue", "de", "Die bereits damals bekannte Zyste (Serie 4, Bild 12) ist unverändert.", [(4, 12, 12, False)]),
    # numeric confounders stay out
    ("confounder", "en", "Lesion now 7 mm (Se 4 Im 40). Repeat at 10:30 (3:1 dilution), 2 weeks ago 120/80 mmHg.",
     [(4, 40, 40, False)]),
]


@pytest.mark.parametrize("scorer", ["grammar", "model"])
@pytest.mark.parametrize(("cls", "lang", "text", "want"), CASES, ids=[f"{c[0]}-{k}" for k, c in enumerate(CASES)])
def test_round12_classes(scorer: str, cls: str, lang: str, text: str, want: list[Row]) -> None:
    with using(None if scorer == "grammar" else packaged_model()):
        assert _rows(text, lang) == want, cls


def test_timepoint_evidence() -> None:
    """`time<|now=...`: a timepoint of an earlier examination before the group, and whether a now word follows it;
    `brwhen` counts those timepoints as "then" words of the group's own part of its bracket."""
    from curation.snippets.refscore.evidence import evidence_features

    def feats(text: str, cited: str) -> list[str]:
        start = text.index(cited)
        opened = text.rfind("(", 0, start)
        return [f for f in evidence_features(text, (0, len(text)), start, start + len(cited), opened)
                if f.startswith(("ev:time<", "ev:brwhen"))]

    assert feats("Nadir 8 mm (Se 4, Bi 68).", "Se 4, Bi 68") == ["ev:time<|now=False"]
    assert feats("Bei Erstdiagnose 30 mm, jetzt 12 mm (Se 4, Bi 68).", "Se 4, Bi 68") == ["ev:time<|now=True"]
    assert feats("Ascites (2 weeks ago, Se 4 Im 58).", "Se 4 Im 58") == ["ev:brwhen=then|none",
                                                                         "ev:time<|now=False"]
    assert feats("Zyste 8 mm (Se 4, Bi 68).", "Se 4, Bi 68") == []
