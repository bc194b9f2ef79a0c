"""Review of issue 16 round 21b: the reviewer's probe sentences against the own-part study decision
(`curation/snippets/study_scope.py`). Invented look-alikes (no blind-set text); each asserts the right row with the
learned decision and with the grammar alone (`scorer`)."""

from __future__ import annotations

import pytest

from curation.snippets.grammar import scan_ref_spans
from curation.snippets.study_scope import own_label
from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(("text", "lang", "want"), [
    # 1: "Fremd" only with an examination noun
    ("Fremdkörper in der Hornhaut (Fremdkörper, Serie 3, Bild 40).", "de", [(3, 40, 40, False)]),
    # 2: extern / auswärts / ext only with an examination word; "Vor-" only with a modality
    ("Kein Befund (Impression von extern, Serie 3 Bild 40).", "de", [(3, 40, 40, False)]),
    ("Stent (extern implantiert, Serie 3 Bild 40).", "de", [(3, 40, 40, False)]),
    ("Stent (auswärts operiert, Serie 3 Bild 40).", "de", [(3, 40, 40, False)]),
    ("Narbe (Z.n. Vor-OP, Serie 3 Bild 40).", "de", [(3, 40, 40, False)]),
    ("Node (L ext iliac node, se 3 im 88).", "en", [(3, 88, 88, False)]),
    # 3: prior / previous before a finding noun
    ("Scar (prior TACE site, series 3 image 40).", "en", [(3, 40, 40, False)]),
    ("Clips (previous resection site, series 3 image 40).", "en", [(3, 40, 40, False)]),
    # 4: a bare year only after an examination word or a month
    ("Nodule 5 mm (Fleischner 2017, se 3 im 40).", "en", [(3, 40, 40, False)]),
    ("Cyst (Bosniak 2019, series 3 image 40).", "en", [(3, 40, 40, False)]),
    ("Restriction (DWI b 2000, se 5 im 12).", "en", [(5, 12, 12, False)]),
    # 5: a comparison inside the bracket: the finding grew since the prior, the image is this study's
    ("Herd (größenprogredient zur VU, Serie 3, Bild 40).", "de", [(3, 40, 40, False)]),
    # 6: a tail label of its own stops the list's label
    ("Node (today series 5 image 33 and series 3 image 30 on the outside CT).", "en",
     [(5, 33, 33, False), (3, 30, 30, True)]),
    # 7: an outer locative phrase on the prior exam keeps the bracket's first citation prior
    ("Auf der Voraufnahme aus dem Jahr 2022 (Serie 3, Bild 40, sowie Vortag Serie 4, Bild 41).", "de",
     [(3, 40, 40, True), (4, 41, 41, True)]),
    # 8: a prior noun with a current word in one label: undecided here (the grammar's prior stands)
    ("Herd (Voruntersuchung von heute morgen, Serie 3 Bild 40; jetzt Serie 5 Bild 42).", "de",
     [(3, 40, 40, True), (5, 42, 42, False)]),
    # 9: an abbreviation's period ends no part
    ("Herd Ausw. CT Serie 3 Bild 40.", "de", [(3, 40, 40, True)]),
    ("Herd im Ausw. CT Serie 3 Bild 40.", "de", [(3, 40, 40, True)]),
    # the readings that must stay
    ("Meniscal tear (outside MRI series 5 image 14 and series 7 image 11).", "en",
     [(5, 14, 14, True), (7, 11, 11, True)]),
    ("Herd im Pankreasschwanz (CT 2023, Se 3 Bi 45), aktuell (Se 5 Bi 47) größer.", "de",
     [(3, 45, 45, True), (5, 47, 47, False)]),
    ("Late enhancement not seen before (prior SAX image 4).", "en", [(None, 4, 4, True)]),
])
def test_review_probes(scorer: None, text: str, lang: str, want: list) -> None:
    assert sorted(rows(text, lang), key=str) == sorted(want, key=str)


def test_tail_label_stops_the_carry_grammar() -> None:
    # 6, second probe, grammar alone: "on this study" is the second citation's own label. The packaged model still
    # flips it to prior (a learned study flip over the trust margin; docs/snippets.md, round 21b review)
    text = "Outside CT series 3 image 40 and series 5 image 42 on this study."
    assert [s.prior for s in scan_ref_spans(text)] == [True, False]
    assert own_label(text, 11) is True


def test_errors_file_stays_out_of_git(tmp_path) -> None:
    # 12: the study LOAO's --errors file holds retired report text: a bare name goes under bench/out/ (ignored), a
    # tracked place in the repository is refused, a path outside the repository is kept
    from bench.refscore_study_loao import errors_path
    assert errors_path("study_errors.txt").parts[-3:] == ("bench", "out", "study_errors.txt")
    with pytest.raises(SystemExit, match="refusing"):
        errors_path("docs/study_errors.txt")
    assert errors_path(str(tmp_path / "e.txt")) == (tmp_path / "e.txt").resolve()


def test_shared_abbreviations_keep_a_label_together() -> None:
    # 9: "Ausw." is an abbreviation for the miner's sentences and for the own part alike
    from curation.snippets.abbreviations import abbreviation_before
    text = "Herd Ausw. CT Serie 3 Bild 40."
    assert abbreviation_before(text, 0, text.index(".")) and own_label(text, text.index("Serie")) is True
