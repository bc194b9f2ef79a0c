"""Validation reasons, PHI check, dedup, and the content-hash cache (only new keys generated)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow.parquet as pq

from curation.paths import DataPaths
from curation.vqa.cache import VqaCache, cache_key, cache_path
from curation.vqa.pipeline import run_vqa
from curation.vqa.protocol import GeneratedItem, GeneratorInfo, VqaRequest, VqaResult
from curation.vqa.schema import VqaItem, parse_items
from curation.vqa.template import TemplateGenerator
from curation.vqa.validate import ValidationReport, regex_phi_check, validate_result

REPORT = "Rundherd im rechten Unterlappen, 9 mm. Kein Pleuraerguss."


def request(ref: str = "pair1", text: str = REPORT, *, own: bool = False) -> VqaRequest:
    """A request; with `own`, the image's own text is the report's first sentence."""
    return VqaRequest(ref, "R1", text, "de", modality="CT", plane="axial",
                      own_texts=(text.split(".")[0],) if own else ())


def gi(question: str, answer: str, answer_type: str = "closed", evidence: str = "Kein Pleuraerguss",
       options: tuple[str, ...] = (), lang: str = "de") -> GeneratedItem:
    return GeneratedItem(VqaItem(question=question, answer=answer, answer_type=answer_type, options=options,
                                 evidence=evidence, lang=lang), "llm")


def test_rejections_counted_by_reason() -> None:
    items = (
        gi("Gibt es einen Pleuraerguss?", "nein"),                                  # kept
        gi("Gibt es einen Pleuraerguß?", "nein"),                                   # duplicate
        gi("Gibt es eine Fraktur?", "nein", evidence="Keine Fraktur der Rippen"),   # evidence_not_found
        gi("Gibt es einen Rundherd?", "vielleicht", evidence="Rundherd im rechten Unterlappen"),  # inconsistent
        gi("Welches Organ?", "Lunge", "choice", "Rundherd im rechten Unterlappen", ("Leber", "Milz")),  # inconsistent
        gi("Wann war die Untersuchung am 12.03.2024?", "heute", "open", "Rundherd im rechten Unterlappen"),  # phi
        gi("Wie groß ist der Rundherd?", "9 mm", "open", "Rundherd im rechten Unterlappen, 9 mm"),  # kept
        gi("Wo liegt der Herd?", "rechter Unterlappen", "open", "rundherd im  rechten unterlappen,9 mm"),  # kept
        gi("Größe des Rundherds?", "9 mm", "open", "Rundherd im rechten Unterlappen, 9 mm"),  # kept: other words
    )
    report = ValidationReport()
    kept = validate_result(request(), VqaResult("pair1", items, schema_rejects=2), report)
    assert [k.item.question for k in kept] == ["Gibt es einen Pleuraerguss?", "Wie groß ist der Rundherd?",
                                               "Wo liegt der Herd?", "Größe des Rundherds?"]
    assert dict(report.rejected) == {"schema": 2, "duplicate": 1, "evidence_not_found": 1,
                                     "answer_inconsistent": 2, "phi": 1}
    assert report.yes_no == {"no": 1}


def test_pluggable_phi_check() -> None:
    report = ValidationReport()
    kept = validate_result(request(), VqaResult("pair1", (gi("Gibt es einen Pleuraerguss?", "nein"),)), report,
                           phi_check=lambda text: "Pleura" in text)
    assert kept == [] and report.rejected["phi"] == 1


def test_regex_phi_check() -> None:
    for phi in ("am 12.03.1956", "PAT0001234", "Tel. 0761 270-12345", "a.b@klinik.de", "1956-03-12"):
        assert regex_phi_check(phi), phi
    for clean in ("Rundherd 12 mm", "Serie 3, Bild 45", "1.5 x 2.0 cm", "Segment 7"):
        assert not regex_phi_check(clean), clean


def test_parse_items_keeps_good_entries() -> None:
    good, bad = parse_items([{"question": "Gibt es X?", "answer": "ja", "answer_type": "closed", "options": [],
                              "evidence": "X", "lang": "de"}, {"question": "kaputt"},
                             {"question": "Q??", "answer": "a", "answer_type": "essay", "options": [],
                              "evidence": "x", "lang": "de"}])
    assert len(good) == 1 and bad == 2


@dataclass
class CountingGenerator:
    """The template generator, counting the requests it is asked for."""

    inner: TemplateGenerator = field(default_factory=TemplateGenerator)
    asked: list[str] = field(default_factory=list)

    @property
    def info(self) -> GeneratorInfo:
        return self.inner.info

    def generate(self, requests: list[VqaRequest]) -> list[VqaResult]:
        self.asked += [r.image_ref for r in requests]
        return self.inner.generate(requests)


def test_cache_hit_on_second_run_and_only_new_keys(data_paths: DataPaths) -> None:
    gen = CountingGenerator()
    pairs = [request("pair1", own=True), request("pair2", "Keine Zyste in der Leber.", own=True)]
    first = run_vqa(pairs, gen, data_paths, drop_constant=False)
    assert first.generated == 2 and first.cached == 0
    bytes_first = cache_path(data_paths).read_bytes()
    second = run_vqa(pairs, gen, data_paths, drop_constant=False)
    assert second.generated == 0 and second.cached == 2
    assert second.rows == first.rows
    third = run_vqa([request("pair1", own=True), request("pair3", "Milz unauffällig.", own=True)], gen, data_paths,
                    drop_constant=False)
    assert third.generated == 1 and gen.asked == ["pair1", "pair2", "pair3"]
    assert len(VqaCache(data_paths)) == 3
    # a changed report is a new key, and the same content gives the same cache bytes
    assert cache_key(request("pair1"), gen.info) != cache_key(request("pair1", REPORT + " Neu."), gen.info)
    run_vqa(pairs, CountingGenerator(),
            DataPaths(data_paths.data_dir.parent / "d2", data_paths.vault_dir.parent / "v2"), drop_constant=False)
    assert (data_paths.data_dir.parent / "d2/cache/vqa/items.parquet").read_bytes() == bytes_first
    assert pq.read_table(cache_path(data_paths)).num_rows > 0
    assert {r["answer_type"] for r in first.rows} >= {"closed", "open", "choice"}
    assert all(r["generator"]["backend"] == "template" for r in first.rows)


def test_evidence_from_another_part_of_the_report_is_not_own() -> None:
    """True of the report, but not of this image: an item citing "Kein Pleuraerguss" on the nodule's image."""
    report = ValidationReport()
    items = (gi("Gibt es einen Pleuraerguss?", "nein"),
             gi("Wie groß ist der Rundherd?", "9 mm", "open", "Rundherd im rechten Unterlappen, 9 mm"),
             gi("Welche Modalität?", "CT", "open", "Modality: CT"))
    kept = validate_result(request(own=True), VqaResult("pair1", items), report)
    assert [k.item.question for k in kept] == ["Wie groß ist der Rundherd?", "Welche Modalität?"]
    assert report.rejected["evidence_not_own"] == 1


def test_scrubber_phi_check_uses_vault_dictionary_and_rules() -> None:
    from curation.phi_scan import PhiNeedles
    from curation.vault import PatientPhi
    from curation.vqa.validate import scrubber_phi_check

    check = scrubber_phi_check(PhiNeedles.from_phi([PatientPhi("P1", names=("Kowalczyk^Jadwiga",))]))
    assert check("Befund bei Frau Kowalczyk unauffällig")
    assert check("Rückfragen unter Tel. 0761 270-12345")
    assert not check("Rundherd im rechten Unterlappen (Serie 3, Bild 45), 8 mm")
    assert not check("Morbus Crohn mit Wandverdickung des terminalen Ileums")
