"""The rule labeller on the developer's own examples (devset.py): one case per class of report phrasing."""

from __future__ import annotations

import pytest

from curation.labels.rules import finding_sentences, label_report
from tests.curation.labels.devset import DEV_CASES


@pytest.mark.parametrize(("text", "positive", "uncertain"), DEV_CASES, ids=[c[0][:50] for c in DEV_CASES])
def test_dev_case(text: str, positive: str, uncertain: str) -> None:
    labels = label_report(text)
    assert sorted(labels.positive) == sorted(positive.split())
    assert sorted(labels.uncertain) == sorted(uncertain.split())


def test_evidence_is_a_verbatim_sentence() -> None:
    text = "Befund: Kein Erguss.\nSchmaler Pleuraerguss rechts ist\nneu. V.a. Rundherd links."
    labels = label_report(text)
    assert labels.evidence == {"pleural_effusion": "Schmaler Pleuraerguss rechts ist\nneu.",
                               "lung_nodule": "V.a. Rundherd links."}
    assert all(v in text for v in labels.evidence.values())


def test_clinical_question_sections_are_skipped() -> None:
    text = "Fragestellung: Erguss?\nBefund: Lunge frei."
    assert [text[s:e] for s, e in finding_sentences(text)] == ["Lunge frei."]
