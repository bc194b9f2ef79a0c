"""Snippets of citations in response-table rows and in RIS/RTF text whose line breaks were lost (lead's review of
rounds 23/24): the row's lesion label is the finding, a glued section heading is no part of it."""
from curation.snippets.mine import mine_refs, sentence_bounds


def _rows(text: str) -> list[tuple[int | None, int, bool, str]]:
    return [(r.series, r.image_start, r.prior_study, r.snippet) for r in mine_refs(text, include_prior=True)]


def test_a_timepoint_column_row_takes_its_lesion_label() -> None:
    text = ("Zielläsionen (Baseline 02.03.2026 / Nadir 11.06.2026 / heute):\n"
            "ZL1 Nebennierenmetastase rechts 31 (Ser 5 · Bild 70) / 18 (Ser 5 · Bild 72) / 20 mm (Ser 5 · Bild 71)\n"
            "ZL2 LK mesenterial: 17 mm [6/44] / 9 mm [6/41] / 11 mm [6/40]\n")
    rows = _rows(text)
    assert {(s, i, p) for s, i, p, _ in rows} == {(5, 70, True), (5, 72, True), (5, 71, False),
                                                   (6, 44, True), (6, 41, True), (6, 40, False)}
    assert {sn for s, _, _, sn in rows if s == 5} == {"Nebennierenmetastase rechts"}
    assert {sn for s, _, _, sn in rows if s == 6} == {"LK mesenterial"}


def test_a_pipe_row_of_sizes_and_citations_takes_the_label_before_its_values() -> None:
    text = ("Target lesions (baseline | current):\n"
            "1. Right adrenal metastasis: 28 mm (se 4 im 61) | 19 mm (se 4 im 63)\n")
    rows = _rows(text)
    assert [(s, i, p) for s, i, p, _ in rows] == [(4, 61, True), (4, 63, False)]
    assert {sn for *_, sn in rows} == {"Right adrenal metastasis"}


def test_a_running_sentence_keeps_its_own_finding() -> None:
    text = "Rundherd im Mittellappen 8 mm (Serie 3, Bild 45), stationär."
    assert _rows(text) == [(3, 45, False, "Rundherd im Mittellappen 8 mm")]


def test_a_glued_section_heading_ends_the_sentence_before_it() -> None:
    text = ("CT Thorax (RTF-Import)Befund:Neue osteolytische Läsion LWK 2 (Serie 8, Bild 71)."
            "Beurteilung:ossärer Progress (Serie 8, Bild 71).")
    assert next(text[a:b] for a, b in sentence_bounds(text)) == "CT Thorax (RTF-Import)"
    assert [sn for *_, sn in _rows(text)] == ["Neue osteolytische Läsion LWK 2", "ossärer Progress"]
    english = "Node 14 mm se 3 im 22IMPRESSION:Nodal recurrence se 3 im 22"
    assert [sn for *_, sn in _rows(english)] == ["Node 14 mm", "Nodal recurrence"]


def test_a_heading_word_inside_a_sentence_is_no_boundary() -> None:
    text = "Der Befund: unverändert (Serie 2, Bild 14)."
    assert len(sentence_bounds(text)) == 1
