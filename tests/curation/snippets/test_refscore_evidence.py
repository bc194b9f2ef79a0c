"""The scorer's surface evidence (issue 16 round 8, `refscore/evidence.py`) and the synthetic classes it is trained
on; sentences written here, from no held-out set."""

from __future__ import annotations

from curation.snippets.refscore.evidence import evidence_features
from curation.snippets.refscore.synthetic import synthetic_excerpts


def _ev(text: str, cited: str) -> set[str]:
    start = text.index(cited)
    opened = text.rfind("(", 0, start)
    opened = opened if opened >= 0 and text.rfind(")", 0, start) < opened else -1
    return set(evidence_features(text, (0, len(text)), start, start + len(cited), opened))


def test_a_unit_after_a_number_marks_a_value() -> None:
    ev = _ev("Spiralserie (Serie 3, 120 kV).", "Serie 3, 120")
    assert {"ev:unitR=kv", "ev:cue0=S|fullT", "ev:cue1=p,", "ev:cueseq=Sp"} <= ev
    ev = _ev("Zyste (Se 4 Bi 40, 12 HE).", "Se 4 Bi 40")
    assert {"ev:cue0=S|abbrT", "ev:cue1=I|abbrT", "ev:cueseq=SI"} <= ev and not any("unit" in f for f in ev)
    assert {"ev:unit1=kvp", "ev:unit=any"} <= _ev("Low dose (series 5, 80 kVp).", "series 5, 80 kVp")


def test_cue_morphology_in_four_languages() -> None:
    assert "ev:cueseq=SI" in _ev("Nodulo (serie 4, immagine 33).", "serie 4, immagine 33")
    assert "ev:cueseq=SI" in _ev("Nodule (série 4, coupe 33).", "série 4, coupe 33")
    assert {"ev:cue0=S|1Tg", "ev:cue1=I|1Tg"} <= _ev("Herd (S4B33).", "S4B33")
    assert "ev:cue0=I|abbr.T" in _ev("Herd (Bl. 33).", "Bl. 33")


def test_the_last_cue_before_a_citation_scopes_it() -> None:
    text = "Compared with the prior 8 mm, now 11 mm (series 4, image 30)."
    assert {"ev:scope=now|after_prior=True", "ev:nowR"} - {"ev:nowR"} <= _ev(text, "series 4, image 30")
    text = "Compared with the prior study (series 2, image 40), now 11 mm (series 4, image 30)."
    first = _ev(text, "series 2, image 40")
    assert "ev:scope=prior|cmp=True|meas=False" in first and "ev:nowR" in first
    assert "ev:scope=prior|cmp=False|meas=True" in _ev("In der VU 8 mm (Serie 2, Bild 40).", "Serie 2, Bild 40")
    assert "ev:scope=none" in _ev("Herd (Serie 2, Bild 40).", "Serie 2, Bild 40")


def test_bracket_structure() -> None:
    ev = _ev("Herd (Serie 2, Bild 40; VU Serie 1, Bild 38).", "Serie 2, Bild 40")
    assert {"ev:brnum=4", "ev:brsep=3", "ev:bropen=True|brclose=False"} <= ev
    assert "ev:br=none" in _ev("Herd Serie 2, Bild 40.", "Serie 2, Bild 40")


def test_the_synthetic_set_holds_the_round_8_classes() -> None:
    texts = synthetic_excerpts(400, 0)
    units = [x for x in texts if " kV" in x.text]
    compare = [x for x in texts if ("now" in x.text or "jetzt" in x.text or "aktuell" in x.text)
               and ("ompared" in x.text or "Vergleich" in x.text)]
    assert len(units) >= 5 and all(all(r.image_start not in (70, 80, 100, 120, 140, 150) or r.image_start == r.image_end
                                       for r in x.refs) for x in units)
    assert any(not x.refs for x in units)  # "(Serie 3, 120 kV)": no citation
    assert len(compare) >= 5 and all(not x.refs[-1].prior for x in compare)  # the citation after "now" is current


def test_a_dated_or_then_label_next_to_a_citation() -> None:
    """Round 10: a date or a "then" word in the group's own part of its bracket, and a date before it in the
    sentence (with whether a now word stands between)."""
    assert "ev:brwhen=none|date" in _ev("Herd 9 mm (Se 6 Bi 12 vom 03.2024, 4.5.2024).", "Se 6 Bi 12")
    assert "ev:brwhen=then|none" in _ev("Thinner rim (damals: Serie 7, Bild 19).", "Serie 7, Bild 19")
    assert not any(f.startswith("ev:brwhen") for f in _ev("Herd (Serie 7, Bild 19).", "Serie 7, Bild 19"))
    assert "ev:brwhen=date|none" in _ev("Cyst (9/2024: ser 5 img 70).", "ser 5 img 70")
    assert "ev:date<|now=False" in _ev("Kontrolle 2023: Herd 7 mm (Se 8 Bi 31).", "Se 8 Bi 31")
    assert "ev:date<|now=True" in _ev("Seit 11/2023 größer, jetzt 9 mm (Se 8 Bi 33).", "Se 8 Bi 33")
    assert not any(f.startswith(("ev:date<", "ev:brwhen=date")) for f in _ev("Herd (Serie 2020, Bild 40).",
                                                                          "Serie 2020, Bild 40"))
