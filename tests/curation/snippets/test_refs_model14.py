"""Issue 16 round 14: the study decision of the learned scorer (current vs prior study) from the citation's own
surroundings (`refscore/study.py`), on sentences written for this test (not dev16l's strings). Each row is what the
miner returns with the default learned decision: (series used, first image, last image, prior study).
"""

from __future__ import annotations

import pytest

from curation.snippets.mine import mine_refs_batch
from curation.snippets.refscore.decide import packaged_model, using
from curation.snippets.refscore.study import study_features

Row = tuple[int | None, int, int, bool]


def _rows(text: str, lang: str) -> list[Row]:
    with using(packaged_model()):
        refs = mine_refs_batch([text], [lang], include_prior=True)[0]
    return [(r.series_used, r.image_start, r.image_end, r.prior_study) for r in refs]


CASES: list[tuple[str, str, str, list[Row]]] = [
    # a follow-up table: the column's header names the study
    ("table", "de", "| Herd | Vorbefund | aktuell |\n|---|---|---|\n"
                    "| Niere re | 21 mm (Se 6 Bi 44) | 25 mm (Se 3 Bi 47) |",
     [(6, 44, 44, True), (3, 47, 47, False)]),
    ("table", "en", "Lesion\tcurrent\tbaseline\nSpleen\t12 mm (se 4 im 91)\t18 mm (se 7 im 88)",
     [(4, 91, 91, False), (7, 88, 88, True)]),
    # an arrow chain or a " / " list under a header of timepoint labels
    ("arrow", "de", "VU -> heute:\nAszites perihepatisch: 14 mm (Se 2 Bi 31) -> 6 mm (Se 5 Bi 33)",
     [(2, 31, 31, True), (5, 33, 33, False)]),
    ("slash", "en", "today / prior:\nPancreatic cyst: 9 mm (S5 I70) / 7 mm (S8 I66)",
     [(5, 70, 70, False), (8, 66, 66, True)]),
    # the verb of the clause
    ("tense", "en", "The effusion was moderate (series 3 image 40) and is now trace (series 2 image 44).",
     [(3, 40, 40, True), (2, 44, 44, False)]),
    ("tense", "de", "Die Leberläsion war 22 mm groß (Serie 6, Bild 18), heute 15 mm (Serie 4, Bild 20).",
     [(6, 18, 18, True), (4, 20, 20, False)]),
    # a timepoint word after the value
    ("timepoint", "en", "The node measures 14 mm (Se 3 Im 52), previously 9 mm (Se 5 Im 49).",
     [(3, 52, 52, False), (5, 49, 49, True)]),
    # only mentioning an earlier exam keeps the citation current
    ("current", "en", "Compared with the MRI of 4 March, the cyst is stable (series 7, image 22).",
     [(7, 22, 22, False)]),
]


def _case_id(k: int, case) -> str:
    return f"{getattr(case, 'values', case)[0]}-{k}"


@pytest.mark.parametrize(("cls", "lang", "text", "want"), CASES, ids=[_case_id(k, c) for k, c in enumerate(CASES)])
def test_round14_study_classes(cls: str, lang: str, text: str, want: list[Row]) -> None:
    assert _rows(text, lang) == want, cls


def _feats(text: str, cited: str) -> list[str]:
    start = text.index(cited)
    return study_features(text, (0, len(text)), start, start + len(cited))


def test_column_and_arrow_positions() -> None:
    table = "Befund\theute\tVU 2025\nHerd\t9 mm (Se 3 Bi 4)\t7 mm (Se 5 Bi 2)"
    assert "st:col=n" in _feats(table, "Se 3 Bi 4") and "st:col=p" in _feats(table, "Se 5 Bi 2")
    # dates as headers: only the newest is the current study
    dated = "| | 03/2024 | 02/2026 |\n| Herd | 9 mm (Se 3 Bi 4) | 7 mm (Se 5 Bi 2) |"
    assert "st:col=dold" in _feats(dated, "Se 3 Bi 4") and "st:col=dnew" in _feats(dated, "Se 5 Bi 2")
    chain = "Nadir -> current: 8 mm (S3 I9) -> 12 mm (S3 I11)"
    assert "st:col=p" in _feats(chain, "S3 I9") and "st:col=n" in _feats(chain, "S3 I11")
    # a row without a labelled header says only its ordinal
    assert _feats("Herd\t9 mm (Se 3 Bi 4)\t7 mm (Se 5 Bi 2)", "Se 5 Bi 2")[1] == "st:row=1|nohead"


def test_parts_and_tense() -> None:
    text = "Die Zyste war 12 mm (VU Se 4 Bi 7) und ist jetzt 15 mm (Se 3 Bi 9)."
    assert _feats(text, "Se 4 Bi 7") == ["st:sp=p|-", "st:cl=p|0", "st:vL=past", "st:vR=pres",
                                        "st:v=past|pres"]
    assert _feats(text, "Se 3 Bi 9") == ["st:sp=-|-", "st:cl=n|2", "st:vL=pres", "st:vR=-", "st:v=pres|-"]
    # a past copula before a participle is a passive about an event, not the state on the earlier exam
    assert "st:vL=pass" in _feats("The stent was placed (se 4 im 30).", "se 4 im 30")
    assert "st:vL=past" in _feats("The node had measured 8 mm (se 4 im 30).", "se 4 im 30")
    # the small part of a ";"-split bracket: the label stands in the citation's own part
    bracket = "Erguss (Se 2 Bi 30; BL Se 2 Bi 28)."
    assert _feats(bracket, "Se 2 Bi 30")[0] == "st:sp=-|-" and _feats(bracket, "Se 2 Bi 28")[0] == "st:sp=p|-"


def test_header_cells() -> None:
    # one label per header cell, its last word label: "Comparison" does not label the current column
    table = "Comparison table (current / prior 02/2025):\nNode 9 mm (4/20) / 7 mm (6/18)"
    assert "st:col=n" in _feats(table, "4/20") and "st:col=p" in _feats(table, "6/18")
    # a header without cells: its words, not its dates, name the columns
    words = "BASELINE (08/01/2025) vs CURRENT:\nTarget 1: 24 mm (baseline 4/61) -> 15 mm (4/59)"
    assert "st:col=p|n=2" in _feats(words, "4/61") and "st:col=n|n=2" in _feats(words, "4/59")
    # a date-only cell beside a labelled one stays a plain date
    box = "| Node | 06/2026 | 01/2026 (prior) |\n| R iliac | 14 mm [Se 5 Im 120] | 21 mm [Se 5 Im 118] |"
    assert "st:col=d" in _feats(box, "Se 5 Im 120") and "st:col=p" in _feats(box, "Se 5 Im 118")
