"""Against the synthetic export's ground truth: every planted reference found, |z error| < 0.01 mm.

Geometry rows are built from the truth file (the same values the DICOM headers carry), the thick axial
series of each study plays the primary training volume, and each report text is mined as planted.
"""

from __future__ import annotations

import pytest

from curation.snippets.mine import mine_refs_batch
from curation.snippets.resolve import resolve_reference, series_from_index, training_volumes
from curation.synth import SynthOptions, load_truth, write_synthetic_export


@pytest.fixture(scope="module")
def truth(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("synth") / "export"
    return load_truth(write_synthetic_export(out, SynthOptions(patients=3, seed=3, matrix=64)))


def _study_rows(study: dict) -> tuple[list[dict], list[dict]]:
    index, volumes = [], []
    for series in study["series"]:
        for inst in series["instances"]:
            index.append({"study_uid": study["study_uid"], "series_uid": series["series_uid"],
                          "series_number": series["series_number"], "series_description": series["description"],
                          "frame_of_reference_uid": study["frame_of_reference_uid"], "modality": study["modality"],
                          "instance_number": inst["instance_number"], "image_position": inst["position"],
                          "image_orientation": series["orientation"], "pixel_spacing": series["pixel_spacing"],
                          "rows": series["rows"], "columns": series["columns"], "role": "image"})
        if series["role"] == "thick_axial":
            zs = sorted(i["position"][2] for i in series["instances"])
            volumes.append({
                "volume_id": "V" + series["series_uid"][-8:], "study_uid": study["study_uid"],
                "series_uid": series["series_uid"], "frame_of_reference_uid": study["frame_of_reference_uid"],
                "modality": study["modality"], "path": "volumes/x.nii.gz", "training_role": "primary",
                "slice_spacing_mm": series["slice_thickness"],
                "slice_map": [{"instance_number": i["instance_number"], "slice_index": zs.index(i["position"][2]),
                               "z_mm": i["position"][2]} for i in series["instances"]]})
    return index, volumes


def test_every_planted_reference_found_and_resolved_to_z(truth: dict) -> None:
    studies = {s["study_uid"]: s for p in truth["patients"] for s in p["studies"]}
    reports = {r["report_id"]: r for r in truth["reports"]}
    ids = sorted({ref["report_id"] for ref in truth["references"]})
    mined = dict(zip(ids, mine_refs_batch([reports[i]["text"] for i in ids], [reports[i]["lang"] for i in ids]),
                     strict=True))
    assert len(truth["references"]) >= 10
    formats = set()
    for planted in truth["references"]:
        formats.add(planted["format"])
        hits = [m for m in mined[planted["report_id"]]
                if m.ref_start < planted["ref_end"] and planted["ref_start"] < m.ref_end
                and (m.image_start, m.image_end) == (planted["image_start"], planted["image_end"])]
        assert len(hits) == 1, (planted["ref_text"], mined[planted["report_id"]])
        found = hits[0]
        assert found.series == planted["series_number_written"]
        assert found.snippet == planted["snippet"] or (found.snippet and planted["snippet"].startswith(found.snippet))
        index, volumes = _study_rows(studies[planted["study_uid"]])
        res = resolve_reference(found, series_from_index(index), training_volumes(volumes))
        assert res.ref_series == planted["series_number"]
        assert res.status == ("resolved" if planted["plane"] == "axial" else "non_axial")
        assert res.ref_plane == planted["plane"]
        assert abs(res.z_mm - planted["z_mm"]) < 0.01
    # Nothing mined that was not planted (synth's confounders: 12/8 mm, 3 x 4 cm, Segment 7, 10:45 Uhr, LWK 3/4).
    n_mined = sum(len(v) for v in mined.values())
    assert n_mined == len(truth["references"])
    assert {"serie_bild", "colon", "series_image"} <= formats
