"""Descriptions in dicom_index: PS3.15 Clean Descriptors semantics (the header's own names, site and
staff as a dictionary, plus the report-text scrubber), technical words kept, classification unchanged."""

from __future__ import annotations

import re

import pytest

from curation.index import build_index
from curation.keys import Pseudonymizer
from curation.snippets.geometry import SeriesGeometry
from curation.snippets.series_choice import choose_series
from curation.synth import SynthOptions, load_truth, write_synthetic_export
from curation.vqa.protocol import VqaRequest
from curation.vqa.template import metadata_items
from tests.curation.index.descriptions_heldout import Case
from tests.curation.index.descriptions_measure import cleaned

# Dev examples (not the held-out set): planted header PHI inside descriptions, in odd spellings.
DEV = (
    Case("study", "CT Becken BIRKENHAIN Studie", {"InstitutionName": "Klinik Birkenhain"}, ("BIRKENHAIN",),
         ("CT", "Becken", "Studie")),
    Case("series", "ax T2 fs ext. Radiologie Dr. Wendlinger", {"ReferringPhysicianName": "Wendlinger^Otmar"},
         ("Wendlinger",), ("ax", "T2", "fs")),
    Case("series", "LWS sag T1 SCHAEFER-OEZDEMIR", {"PatientName": "Schäfer-Özdemir^Aylin"},
         ("SCHAEFER", "OEZDEMIR"), ("LWS", "sag", "T1")),
    Case("series", "Thorax 1.0 Br59 gonçalves", {"PatientName": "Gonçalves^Rui"}, ("gonçalves",),
         ("Thorax", "Br59")),
    Case("series", "DWI b1000 GONCALVES", {"PatientName": "Gonçalves^Rui"}, ("GONCALVES",), ("DWI", "b1000")),
    Case("study", "MRT Knie Zuweiser: Hr. Dr. Pichlmayr", {"ReferringPhysicianName": "Pichlmayr^Georg^^Dr."},
         ("Pichlmayr",), ("MRT", "Knie")),
    Case("series", "cor STIR (MTRA Jovanovic)", {"OperatorsName": "Jovanović^Dragana"}, ("Jovanovic",),
         ("cor", "STIR")),
    Case("study", "CT Schaedel Klinikum Birkenwerder", {}, ("Birkenwerder",), ("CT", "Schaedel")),
    Case("series", "PV Phase 3mm WS_MR02", {"StationName": "WS_MR02"}, ("WS_MR02",), ("PV", "Phase", "3mm")),
)


@pytest.mark.parametrize("n", range(len(DEV)))
def test_header_names_do_not_reach_the_table(n: int, pseudonymizer: Pseudonymizer) -> None:
    case = DEV[n]
    out = cleaned(case, n, pseudonymizer) or ""
    for word in case.phi:
        assert word.casefold() not in out.casefold(), (n, out)
    for word in case.keep:
        assert re.search(rf"(?<!\w){re.escape(word)}(?!\w)", out, re.IGNORECASE), (n, out)


@pytest.mark.parametrize("charset", ["ISO_IR 100", "ISO_IR 192"])
def test_latin1_and_utf8_headers(charset: str, pseudonymizer: Pseudonymizer) -> None:
    case = Case("series", "Hüfte ax Müßiggang", {"PatientName": "Müßiggang^Jörg", "SpecificCharacterSet": charset},
                ("Müßiggang",), ("Hüfte", "ax"))
    out = cleaned(case, 90, pseudonymizer) or ""
    assert out == "Hüfte ax"


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict[str, str]]:
    """The synthetic export indexed; raw series description -> the description dicom_index holds."""
    export = tmp_path_factory.mktemp("desc") / "export"
    truth = load_truth(write_synthetic_export(export, SynthOptions(patients=4, seed=11, matrix=16)))
    pseudonymizer = Pseudonymizer(b"descriptions-synth-key-0123456789")
    result = build_index(export, "exp_desc", pseudonymizer, workers=1)
    by_series = {r.series_uid: r.series_description for r in result.index_rows if r.series_uid}
    table = {series["description"]: by_series[pseudonymizer.uid(series["series_uid"])] or ""
             for patient in truth["patients"] for study in patient["studies"] for series in study["series"]}
    return truth, table


HINTS = ("koronare Rekonstruktion", "axial", "sagittal", "in T1", "T2 Sequenz", "nach KM", "nativ", "Lungenfenster",
         "Weichteilfenster", "Bild 12", "tra", "cor")


def test_classification_is_unchanged_on_the_synthetic_export(synth: tuple[dict, dict[str, str]]) -> None:
    truth, table = synth
    assert len(table) >= 8
    for patient in truth["patients"]:
        for study in patient["studies"]:
            raw = [SeriesGeometry(s["series_uid"], s["series_number"], s["description"], None, study["modality"],
                                  s["plane"], {}) for s in study["series"]]
            clean = [SeriesGeometry(s.series_uid, s.series_number, table[s.description], None, s.modality, s.plane,
                                    {}) for s in raw]
            for hint in HINTS:                       # the snippet series choice decides the same
                a, reason_a = choose_series(raw, hint)
                b, reason_b = choose_series(clean, hint)
                assert (a and a.series_uid, reason_a) == (b and b.series_uid, reason_b), hint
            for series in raw:                       # the VQA contrast phase / window item is the same
                assert _phase(series.description) == _phase(table[series.description])
    phi_words = {w.casefold() for s in truth["phi_strings"] for w in re.findall(r"[^\W_]+", s)}
    for raw_text, clean_text in table.items():       # only PHI goes: every technical word stays
        dropped = set(re.findall(r"[^\W_]+", raw_text.casefold())) - set(re.findall(r"[^\W_]+", clean_text.casefold()))
        assert dropped <= phi_words, (dropped, clean_text)


def _phase(description: str) -> list[str]:
    request = VqaRequest("img", "rep", "", "de", modality="CT", plane="axial", series_description=description)
    items = [c.item for c in metadata_items(request, "de", 5)]   # template Candidates since the VQA rework
    return [i.answer for i in items if not i.evidence.startswith("Series:")] + [
        i.answer for i in items if i.evidence.startswith("Series:")]


def test_no_header_name_in_any_description(synth: tuple[dict, dict[str, str]]) -> None:
    truth, table = synth
    needles = {w.casefold() for s in truth["phi_strings"] for w in re.findall(r"[^\W\d_]{4,}", s)}
    needles -= {"thorax", "abdomen", "leber", "schädel", "nativ"}      # anatomy words that are also in the header
    leaks = [(text, w) for text in table.values() for w in needles
             if re.search(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", text.casefold())]
    assert leaks == []
    assert any(len(raw) > len(clean) for raw, clean in table.items())           # names were planted and removed
