"""Template backend end to end on the synthetic export's reports.

The reports stage is not part of this test: its de-identification is stood in for by replacing the
truth file's planted PHI spans with placeholders, which is what the de-identified `reports.text` holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from curation.synth import SynthOptions, load_truth, write_synthetic_export
from curation.vqa.protocol import VqaRequest
from curation.vqa.schema import VqaItem
from curation.vqa.template import TemplateGenerator
from curation.vqa.validate import evidence_found, validate_results

pytestmark = pytest.mark.e2e


def deidentified(report: dict) -> str:
    text = report["text"]
    for span in sorted(report["phi_spans"], key=lambda s: s["start"], reverse=True):
        text = text[:span["start"]] + f"[{span['label']}]" + text[span["end"]:]
    return text


@pytest.fixture(scope="module")
def truth(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out: Path = tmp_path_factory.mktemp("synth") / "export"
    return load_truth(write_synthetic_export(out, SynthOptions(patients=3, seed=0, matrix=32)))


def test_template_on_synthetic_reports(truth: dict) -> None:
    """One request per planted reference: its image's own text is the reference's snippet."""
    studies = {s["accession"]: s for p in truth["patients"] for s in p["studies"]}
    reports = {r["report_id"]: r for r in truth["reports"]}
    requests = []
    for n, ref in enumerate(truth["references"]):
        report = reports[ref["report_id"]]
        study = studies.get(report["accession"])
        requests.append(VqaRequest(
            f"I{n:03d}", report["report_id"], deidentified(report), report["lang"],
            modality=study["modality"] if study else "", plane=ref["plane"], series_description="",
            window="soft_tissue", body_part=study["body_part"] if study else "", own_texts=(ref["snippet"],)))
    results = TemplateGenerator().generate(requests)
    report = validate_results(requests, results)
    items = [g for r in results for g in r.items]
    assert len(requests) >= 8 and len(items) >= 6 * len(requests)
    assert report.rejected.total() == 0
    assert sum(len(v) for v in report.kept.values()) == len(items)
    phi = [s.casefold() for s in truth["phi_strings"] if len(s) >= 4]
    for request, result in zip(requests, results, strict=True):
        assert {g.item.lang for g in result.items} == {"de", "en"}
        for g in result.items:
            VqaItem.model_validate(g.item.model_dump())
            assert evidence_found(g.item.evidence, request.evidence_context())
            if g.question_source == "finding":
                # the image's own text; a snippet naming no finding ("in segment 7, 22 mm") is read in its sentence
                assert g.item.evidence == request.own_texts[0] or request.own_texts[0] in g.item.evidence
            fields = " ".join([g.item.question, g.item.answer, g.item.evidence, *g.item.options]).casefold()
            assert not [s for s in phi if s in fields]
    finding_items = [g.item for g in items if g.question_source == "finding"]
    assert {i.answer_type for i in finding_items} >= {"closed", "open", "choice"}
    assert report.yes_no["yes"] > 0 and report.yes_no["no"] > 0
