"""Template generator on hand-written reports: schema-valid, evidence-checked, negation-aware."""

from __future__ import annotations

import pytest

from curation.vqa.findings import extract_findings, sentences
from curation.vqa.protocol import GroundingHint, VqaRequest
from curation.vqa.schema import VqaItem
from curation.vqa.template import TemplateGenerator
from curation.vqa.validate import evidence_found, validate_results

DE = ("Befund: Im rechten Lungenunterlappen ein Rundherd von 1.2 cm. Keine Zyste in der Leber. "
      "Milz unauffällig. Kein Pleuraerguss.")
EN = "Findings: A 7 mm cyst in the left kidney. No pneumothorax. The liver is unremarkable."
BOX = "<loc0010><loc0020><loc0200><loc0300>"
BOX2 = "<loc0300><loc0020><loc0400><loc0100>"


def req(text: str = DE, lang: str = "de", **kw: object) -> VqaRequest:
    values: dict = {"modality": "CT", "plane": "axial", "window": "lung", "series_description": "Thorax 5mm axial"}
    values.update(kw)
    return VqaRequest("pair1", "R1", text, lang, **values)


def answers(request: VqaRequest) -> dict[tuple[str, str], str]:
    result = TemplateGenerator().generate([request])[0]
    return {(g.item.lang, g.item.question): g.item.answer for g in result.items}


def test_findings_negation_size_and_organ() -> None:
    found = {(rf.finding.key if rf.finding else None, rf.organ.key if rf.organ else None): rf
             for rf in extract_findings(DE)}
    assert found[("nodule", "lung")].negated is False
    assert found[("nodule", "lung")].size == "1.2 cm"
    assert found[("cyst", "liver")].negated is True
    assert found[("effusion", "pleura")].negated is True
    assert found[(None, "spleen")].negated is True
    assert sentences("Herd 1.5 cm. Kein Erguss.") == ["Herd 1.5 cm", "Kein Erguss"]


def test_negation_scope_ends_at_conjunction() -> None:
    found = {rf.finding.key: rf.negated for rf in extract_findings("Keine Zyste, aber ein Rundherd in der Lunge.")}
    assert found == {"cyst": True, "nodule": False}


def test_german_and_english_items_with_negation() -> None:
    got = answers(req())
    assert got[("de", "Gibt es einen Rundherd in der Lunge?")] == "ja"
    assert got[("de", "Gibt es eine Zyste in der Leber?")] == "nein"
    assert got[("de", "Ist die Milz auffällig?")] == "nein"
    assert got[("en", "Is there a cyst in the liver?")] == "no"
    assert got[("en", "Is there a nodule in the lung?")] == "yes"
    assert got[("de", "Wo befindet sich der Rundherd?")] == "Lunge"
    assert got[("en", "Which window is displayed?")] == "lung window"
    assert got[("de", "Mit welcher Modalität wurde das Bild aufgenommen?")] == "CT"


def test_english_report_negation() -> None:
    got = answers(req(EN, "en", langs=("en",)))
    assert got[("en", "Is there a cyst in the kidney?")] == "yes"
    assert got[("en", "Is there a pneumothorax?")] == "no"
    assert got[("en", "Is the liver abnormal?")] == "no"
    wide = TemplateGenerator(finding_budget=8).generate([req(EN, "en", langs=("en",))])[0]
    assert {g.item.question: g.item.answer for g in wide.items}["How large is the cyst?"] == "7 mm"


def test_budget_and_every_item_valid() -> None:
    request = req(grounding=(GroundingHint("liver", "Leber", "de", BOX),
                             GroundingHint("spleen", "Milz", "de", BOX2)))
    result = TemplateGenerator().generate([request])[0]
    by = {(g.item.lang, g.question_source): 0 for g in result.items}
    for g in result.items:
        by[(g.item.lang, g.question_source)] += 1
        VqaItem.model_validate(g.item.model_dump())
        assert evidence_found(g.item.evidence, request.evidence_context())
    assert by == {("de", "finding"): 5, ("de", "metadata"): 3, ("de", "grounding"): 2,
                  ("en", "finding"): 5, ("en", "metadata"): 3, ("en", "grounding"): 2}
    grounding = [g.item for g in result.items if g.question_source == "grounding"]
    assert grounding[0].question == "Wo ist die Leber?" and grounding[0].answer == BOX
    assert grounding[2].question == "Where is the liver?"
    report = validate_results([request], [result])
    assert report.rejected.total() == 0
    assert len(report.kept["pair1"]) == 20
    assert report.yes_no["yes"] >= 2 and report.yes_no["no"] >= 4


def test_choice_contains_answer_and_is_deterministic() -> None:
    a = TemplateGenerator().generate([req()])[0]
    b = TemplateGenerator().generate([req()])[0]
    assert a == b
    choice = next(g.item for g in a.items if g.item.answer_type == "choice" and g.question_source == "finding")
    assert choice.question == "Welcher Befund liegt in der Lunge vor?"
    assert choice.answer == "Rundherd" and choice.answer in choice.options and len(set(choice.options)) == 4


def test_contrast_phase_from_series_description() -> None:
    got = answers(req(series_description="Abdomen portalvenös 3mm", window="soft", langs=("de",)))
    assert got[("de", "In welcher Kontrastmittelphase wurde die Serie aufgenommen?")] == "portalvenös"


def test_bad_budget_and_langs_rejected() -> None:
    with pytest.raises(ValueError, match="finding_budget must be >= 0"):
        TemplateGenerator(finding_budget=-1)
    with pytest.raises(ValueError, match="langs must be"):
        req(langs=("fr",))
