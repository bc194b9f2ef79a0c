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
    result = TemplateGenerator(finding_budget=12).generate([request])[0]
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


def own(text: str) -> tuple[str, ...]:
    """The report sentences as own texts (each image described by the whole of it, for these tests)."""
    return tuple(sentences(text.split(":", 1)[1]))


def test_german_and_english_items_with_negation() -> None:
    got = answers(req(own_texts=own(DE)))
    assert got[("de", "Gibt es einen Rundherd?")] == "ja"
    assert got[("de", "Befindet sich der Rundherd in der Lunge?")] == "ja" or \
        got[("de", "Welcher Befund liegt in der Lunge vor?")] == "Rundherd"
    assert got[("de", "Gibt es eine Zyste in der Leber?")] == "nein"
    assert got[("de", "Ist die Milz auffällig?")] == "nein"
    assert got[("en", "Is there a cyst in the liver?")] == "no"
    assert got[("en", "Is there a nodule?")] == "yes"
    assert got[("de", "Wo befindet sich der Rundherd?")] == "Lunge"


def test_english_report_negation() -> None:
    got = answers(req(EN, "en", langs=("en",), own_texts=own(EN)))
    assert got[("en", "Is there a cyst?")] == "yes"
    assert got[("en", "Is there a pneumothorax?")] == "no"
    assert got[("en", "Is the liver abnormal?")] == "no"
    wide = TemplateGenerator(finding_budget=8).generate([req(EN, "en", langs=("en",), own_texts=own(EN))])[0]
    assert {g.item.question: g.item.answer for g in wide.items}["How large is the cyst?"] == "7 mm"


def test_findings_only_from_the_text_of_this_image() -> None:
    """The kidney cyst of the report is not asked on the image whose reference names the liver lesion."""
    report = ("Befund: Hypodense Läsion der Leber, 18 mm (Serie 2, Bild 40). "
              "Zyste der linken Niere, 9 mm (Serie 2, Bild 61).")
    result = TemplateGenerator(finding_budget=8).generate(
        [req(report, own_texts=("Hypodense Läsion der Leber, 18 mm",))])[0]
    findings = [g for g in result.items if g.question_source == "finding"]
    assert findings and all("Niere" not in g.item.evidence and "Zyste" not in g.item.question for g in findings)
    assert {g.item.question: g.item.answer for g in findings}["Wie groß ist die Läsion?"] == "18 mm"
    # no text of its own (no snippet, no caption): no finding item at all, not the report's
    assert not [g for g in TemplateGenerator().generate([req(report)])[0].items if g.question_source == "finding"]


def test_left_lobe_of_the_liver_answers_liver() -> None:
    got = answers(req("Befund: Leber, linker Lappen: hypointense Läsion, 11 mm.", modality="MR",
                      body_part="LIVER", own_texts=("Leber, linker Lappen: hypointense Läsion, 11 mm",)))
    assert got[("de", "Wo befindet sich die Läsion?")] == "Leber"
    assert got[("en", "Where is the lesion located?")] == "liver"
    # a bare lobe on an abdominal MR slice without lung is the liver's, not the lung's
    got = answers(req("Befund: Läsion im linken Lappen, 11 mm.", modality="MR", body_part="ABDOMEN",
                      slice_structures=("body",), segmented_structures=("body", "lung_left", "lung_right"),
                      own_texts=("Läsion im linken Lappen, 11 mm",)))
    assert got[("de", "Wo befindet sich die Läsion?")] == "Leber"
    got = answers(req("Befund: Rundherd im linken Unterlappen, 6 mm.", body_part="CHEST",
                      slice_structures=("body", "lung_left"), segmented_structures=("body", "lung_left"),
                      own_texts=("Rundherd im linken Unterlappen, 6 mm",)))
    assert got[("de", "Wo befindet sich der Rundherd?")] == "Lunge"
    assert got[("de", "Auf welcher Seite befindet sich der Rundherd?")] == "links"


def test_budget_and_every_item_valid() -> None:
    request = req(own_texts=own(DE), body_part="CHEST", grounding=(GroundingHint("liver", "Leber", "de", BOX),
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
    keys = [(g.item.lang, g.template, g.finding) for g in result.items]
    assert len(keys) == len(set(keys))                  # one item per (image, language, template, finding)
    report = validate_results([request], [result])
    assert report.rejected.total() == 0
    assert len(report.kept["pair1"]) == 20


def test_grounding_question_uses_the_class_display_name_of_its_language() -> None:
    request = req(grounding=(GroundingHint("kidney_left", "Niere", "de", BOX),))
    got = answers(request)
    assert got[("de", "Wo befindet sich: Niere links?")] == BOX
    assert got[("en", "Where is the left kidney?")] == BOX


def test_modality_yes_no_is_asked_of_ct_and_mr_alike() -> None:
    gen = TemplateGenerator()
    asked = []
    for n in range(40):
        for modality in ("CT", "MR"):
            result = gen.generate([VqaRequest(f"p{n}{modality}", "R", "x", "de", modality=modality, plane="axial",
                                              langs=("en",))])[0]
            item = next(g.item for g in result.items if g.template == "modality_yes_no")
            asked.append((modality, item.question, item.answer))
    answers_by = {a for _, _, a in asked}
    assert answers_by == {"yes", "no"}
    assert {q for m, q, _ in asked if m == "CT"} == {"Is this a CT image?", "Is this an MRI image?"}
    yes = sum(a == "yes" for _, _, a in asked)
    assert 25 <= yes <= 55                               # of 80: balanced, not always "no"


def test_metadata_body_part_contrast_and_mr_weighting() -> None:
    gen = TemplateGenerator(metadata_budget=8)
    mr = gen.generate([req(modality="MR", series_description="t1_vibe_tra_3mm", body_part="LIVER",
                           study_description="MRT Leber nativ und KM", langs=("en",))])[0]
    got = {g.template: g.item.answer for g in mr.items}
    assert got["body_part"] == "abdomen" and got["mr_weighting"] == "T1" and "contrast" not in got
    ct = gen.generate([req(series_description="Thorax 5mm axial", study_description="CT Thorax mit KM",
                           body_part="CHEST", langs=("de",))])[0]
    got = {g.template: g.item.answer for g in ct.items}
    assert got["contrast"] == "ja" and got["body_part"] == "Thorax" and "mr_weighting" not in got
    te = gen.generate([req(modality="MR", series_description="sequence 3", echo_time=96.0, langs=("en",))])[0]
    assert {g.template: g.item.answer for g in te.items}["mr_weighting"] == "T2"


def test_constant_templates_are_dropped_over_the_corpus() -> None:
    requests = [req(own_texts=own(DE)), VqaRequest("pair2", "R2", "Befund: Zyste der Niere, 7 mm.", "de",
                                                   modality="CT", plane="axial", own_texts=("Zyste der Niere, 7 mm",))]
    results = TemplateGenerator().generate(requests)
    report = validate_results(requests, results, drop_constant=True)
    kept = [g for items in report.kept.values() for g in items]
    assert report.rejected["constant_answer"] > 0
    assert "plane" not in {g.template for g in kept}     # "axial" everywhere
    assert "finding_where" in {g.template for g in kept}  # Lunge / Niere


def test_choice_contains_answer_and_is_deterministic() -> None:
    a = TemplateGenerator(finding_budget=10).generate([req(own_texts=own(DE))])[0]
    b = TemplateGenerator(finding_budget=10).generate([req(own_texts=own(DE))])[0]
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
