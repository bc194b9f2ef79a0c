"""A bare series/image pair in a pipe-table cell takes its row's finding as snippet (never the empty text between
two pair cells, nor a size cell alone): the lead's fix at the round 22a merge."""

from curation.snippets.mine import mine_refs

_TABLE = ("Zielläsionen (Serie/Bild, VU vom 05/2026):\nLäsion | heute | VU\nLeber Segment 8 22 mm | 6/45 | 5/41\n"
          "Nebenniere links 15 mm | 6/88 | 5/84\n")
_MARKDOWN = ("| Target | Current | Image | Baseline | Image |\n|---|---|---|---|---|\n"
             "| T1 liver seg 4A | 2.8 cm | 5:44 | 3.9 cm | 4:47 |\n")


def _rows(text: str) -> list[tuple[int | None, int, bool, str]]:
    return [(r.series, r.image_start, r.prior_study, r.snippet) for r in mine_refs(text, "de", include_prior=True)]


def test_prior_pair_cell_takes_the_row_finding() -> None:
    assert _rows(_TABLE) == [(6, 45, False, "Leber Segment 8 22 mm"), (5, 41, True, "Leber Segment 8 22 mm"),
                             (6, 88, False, "Nebenniere links 15 mm"), (5, 84, True, "Nebenniere links 15 mm")]


def test_markdown_row_finding_not_the_size_cell() -> None:
    rows = _rows(_MARKDOWN)
    assert {(s, i, p) for s, i, p, _ in rows} == {(5, 44, False), (4, 47, True)}
    assert {snippet for *_, snippet in rows} == {"T1 liver seg 4A"}
