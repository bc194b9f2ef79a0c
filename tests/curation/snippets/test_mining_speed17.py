"""Mining speed, round 17 (issue 16): what the miner now finds once per report or skips behind a cheap gate gives the
same answers as the per-call computation it replaces (docs/snippets.md, "Mining speed, round 17")."""

from __future__ import annotations

import re
import sys

import pytest

from curation.snippets import grammar as G
from curation.snippets import study_past
from curation.snippets.gate import FOLDING
from curation.snippets.grammar import RefSpan
from curation.snippets.mine import _BRACKETED, _ROW_SEP, _ROW_SEP_GATE, _section_start, _table_row_finding, mine_refs
from curation.snippets.preop_today import preop_today
from curation.snippets.single_volume import has_single_volume
from curation.snippets.spoken import spoken_numbers
from curation.snippets.study_past import comparison_dates, dated_today, held_past, report_dates, today_dates
from curation.snippets.study_scope import occasion_label_today

_DATED = [
    # an exam-date line and a comparison line: today's month leaves the comparison list
    ("Exam date: 02.12.2026. Vergleich: CT 12/2025, MRT vom 14.08.2026.", ({(8, 14)}, {(12, 2)})),
    # a dated heading dates today's exam ("December 7": the month only); the comparison line lists two months
    ("CT CHEST, December 7, 2026.\nComparison: MRI 06/2025, MRI 02/2025.", ({(6, 0), (2, 0)}, {(12, 0)})),
    # a comparison line alone
    ("Comparison: outside MRI 10 January 2025, CT 3/2024.", ({(1, 10), (3, 0)}, set())),
    # neither: no colon at all, and a colon without a comparison line
    ("No comparison line, January.", (set(), set())),
    ("Befund: Rundherd 8 mm (Serie 3, Bild 40).", (set(), set())),
    # the stems found in lower case: "Untersuchung", "Datum", "Examination date", "Prior study"; a dotless i folds
    ("Untersuchungsdatum: 03.05.2026. Befund: Herd.", (set(), {(5, 3)})),
    ("Datum 03.05.2026. Befund.", (set(), {(5, 3)})),
    ("Examination date: 3 May 2026. Prior study: CT 06/2025.", ({(6, 0)}, {(5, 3)})),
    ("Prıor study: CT 06/2025. Herd.", ({(6, 0)}, set())),
    # a comparison word but no comparison line
    ("Befund: Herd 12 mm, Voruntersuchung vom 12.03.2023 zum Vergleich.", (set(), set())),
]


@pytest.mark.parametrize(("text", "want"), _DATED)
def test_report_dates_are_the_comparison_and_exam_dates(text: str, want: tuple[set, set]) -> None:
    assert report_dates(text) == want
    assert report_dates(text) == (comparison_dates(text), today_dates(text))


def _spans(text: str, *cited: tuple[str, bool]) -> list[RefSpan]:
    out = []
    for needle, prior in cited:
        start = text.index(needle)
        out.append(RefSpan(start=start, end=start + len(needle), form="si", series=3, images=((40, 40),), prior=prior))
    return out


@pytest.mark.parametrize(
    ("text", "cited", "want"),
    [
        # a comparison month in a past-tense clause: the earlier exam's image
        (
            "Comparison: MRI 06/2025. Signal was brighter in June (series 3, image 40).",
            [("series 3, image 40", False)],
            [True],
        ),
        # today's date with its day in the clause: a flag from one sentence's reading is undone
        (
            "Untersuchung vom 07.12.2026. Am 07.12. war die Patientin nüchtern, Herd 9 mm (Se 3, Bi 40).",
            [("Se 3, Bi 40", True)],
            [False],
        ),
        # no date anywhere: a prior flag stays, a current one stays
        (
            "Befund: Rundherd 8 mm (Serie 3, Bild 40), VU Herd (Serie 3, Bild 41).",
            [("Serie 3, Bild 40", False), ("Serie 3, Bild 41", True)],
            [False, True],
        ),
    ],
)
def test_held_past_with_the_reports_dates_passed_down_reads_the_same(text: str, cited: list, want: list) -> None:
    spans = _spans(text, *cited)
    assert [s.prior for s in held_past(text, spans)] == want
    assert [s.prior for s in held_past(text, spans, report_dates(text))] == want


def test_dated_today_without_any_date_is_false() -> None:
    text = "Am 07.12. war die Patientin nüchtern, Herd 9 mm (Se 3, Bi 40)."
    anchor = text.index("(Se")
    assert dated_today(text, anchor, 0, set(), set()) is False
    assert dated_today(text, anchor, 0, set(), {(12, 7)}) is True


@pytest.mark.parametrize(
    ("text", "cited", "want"),
    [
        ("Aktuelles Staging: Lebermetastase 12 mm (Staging Serie 6, Bild 22).", "Serie 6", True),
        ("Staging-CT Thorax.\nRundherd 8 mm (Staging-CT Se 2, Bi 40).", "Se 2", True),
        ("Neonatal hip sonography today: dysplasia (neonatal US image 4).", "image", True),
        # two exams contrasted, and no sign of the occasion outside the bracket: the label names the earlier exam
        ("Tumor (Staging Serie 6, Bild 40), jetzt kleiner (Serie 3, Bild 41).", "Serie 6", False),
        (
            "Befund: Die Lebermetastase ist im Verlauf größer geworden, 12 mm (Staging Serie 6, Bild 22).",
            "Serie 6",
            False,
        ),
        ("Befund: Die Hüfte ist unauffällig. Dysplasie damals (neonatal US image 4).", "image", False),
    ],
)
def test_occasion_label_today_with_its_patterns_compiled_once(text: str, cited: str, want: bool) -> None:
    for _ in range(2):  # the second call reads the patterns compiled by the first
        assert occasion_label_today(text, text.index(cited)) is want


@pytest.mark.parametrize(
    ("text", "cited", "want"),
    [
        # a row of values with their citations: the row's label
        (
            "ZL1 Lungenmetastase UL rechts 24 (Ser 4 · Bild 190) / 12 (Ser 4 · Bild 188)",
            "Ser 4 · Bild 188",
            "Lungenmetastase UL rechts",
        ),
        ("LK paraaortal: 27 mm (Se 3 Bi 81) | 16 mm (Se 3 Bi 80)", "Se 3 Bi 80", "LK paraaortal"),
        ("Leber S8 24 (Se 3 Bi 40)/(Se 3 Bi 41) 12", "Se 3 Bi 41", "Leber S8"),  # a "/" between two blanked brackets
        ("Befund:\nNiere links 9 mm\t(Se 5 Bi 33)\t7 mm (Se 5 Bi 30)", "Se 5 Bi 30", "Niere links"),
        # a sentence, "/" only inside a citation or a level: no row of values
        ("Rundherd im rechten Unterlappen 6 mm (Serie 3, Bild 45), LWK 3/4 unauffällig.", "Serie 3", None),
        ("Zyste der Leber (Se 3/Bi 40-43).", "Se 3", None),
    ],
)
def test_a_bracketed_citation_takes_its_rows_label_in_a_row_of_values_only(text: str, cited: str, want: str | None):
    found = _table_row_finding(text, text.index(cited), bare=False)
    assert (text[found[0] : found[1]] if found else None) == want


@pytest.mark.parametrize(
    ("text", "separated", "gated_out"),
    [
        ("a (b)/ c", True, False),  # blanked: "a  / c"
        ("a /(b) c", True, False),
        ("a (b)/(c) d", True, False),
        ("a [b]/[c] d", True, False),
        ("a / b", True, False),
        ("a|b", True, False),
        ("a\tb", True, False),
        ("x (y) / (z)", True, False),
        ("(a / b) 12", False, False),  # the gate may hit where no separator is: the row is then read in full
        ("3/4", False, True),
        ("(Se 3/Bi 4) 12 mm", False, True),
        ("(a/b)/c", False, True),
        ("a /b", False, True),
        ("no separator at all", False, True),
    ],
)
def test_the_row_separator_gate_hits_every_row_whose_blanked_text_holds_a_separator(
    text: str, separated: bool, gated_out: bool
) -> None:
    assert (_ROW_SEP.search(_BRACKETED.sub(" ", text)) is not None) is separated
    assert (_ROW_SEP_GATE.search(text) is None) is gated_out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Im September 9 mm (Se 3, Bi 4).", True),  # a month name after "im"
        ("Im ſeptember 9 mm (Se 3, Bi 4).", True),  # the long s folds to "s": the text is not filtered
        ("AUGUST exam: Herd (S4 B77)", True),
        ("Herd (heute S4 B77; Oktober S3 B70)", True),  # a month opening a bracket part
        ("Herd (S4 B77) bei PR", True),  # a plain hint, no month name
        ("Herd 12 mm → 9 mm (S4 B77)", True),
        ("Rundherd 9 mm (Se 3, Bi 4).", False),
        ("Herd (heute S4 B77; Ende S3 B70)", False),
        ("Septum und Maiskolben (Se 3, Bi 4).", False),  # month stems inside other words: read in full, no hint
    ],
)
def test_maybe_prior_asks_the_month_hints_only_where_a_month_name_may_stand(text: str, want: bool) -> None:
    full = G._PRIOR_HINT_ANY.search(text.lower()) is not None or G._PRIOR_HINT_DATE.search(text) is not None
    assert G._maybe_prior(text) is want
    assert full is want


def test_every_month_name_starts_with_a_listed_stem() -> None:
    names = re.findall(
        r"\w+",
        "Jan Januar January Jän Jänner Feb Februar February Mär März Mrz Mar March Apr April Mai May Jun Juni June Jul "
        "Juli July Aug August Sep Sept September Okt Oktober Oct October Nov November Dez Dezember Dec December",
    )
    assert all(re.fullmatch(G._MONTH, name) for name in names)
    assert {name[:3].lower() for name in names} == set(G._MONTH_STEMS)
    assert len(G._MONTH_STEMS) == 18


def test_folding_lists_every_character_a_stem_folds_otherwise_than_lower() -> None:
    stems = G._MONTH_STEMS + study_past._COMPARISON_STEMS + study_past._EXAM_DATE_STEMS
    letters = "".join(sorted(set("".join(stems))))
    folded = re.compile("(?i)[" + letters + "]")
    near = [chr(i) for i in range(sys.maxunicode + 1) if folded.match(chr(i))]
    odd = {x for x in near for c in letters if re.fullmatch("(?i)" + c, x) and x.lower() != c}
    assert odd <= FOLDING and odd == {"ı", "İ", "ſ"}


@pytest.mark.parametrize(("letters", "led"), [("dcv", "DCVdcv"), ("p", "Pp")])
def test_a_plain_leading_class_holds_every_character_its_case_folded_letters_match(letters: str, led: str) -> None:
    folded = re.compile("(?i)[" + letters + "]")
    assert {chr(i) for i in range(sys.maxunicode + 1) if folded.fullmatch(chr(i))} == set(led)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("DVT des Unterkiefers", True),
        ("dvt Oberkiefer", True),
        ("CBCT", True),
        ("Cone-Beam-CT", True),
        ("Volumentomographie", True),
        ("Dental-CT", True),
        ("Befund: Leber unauffällig", False),
        ("Ventil am Dach", False),
    ],
)
def test_the_single_volume_gate_led_by_a_plain_class(text: str, want: bool) -> None:
    assert has_single_volume(text) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Präop. CT zur OP-Planung: Herd (Se 3, Bi 4).", "       CT zur OP-Planung: Herd (Se 3, Bi 4)."),
        ("PRE-OP CT: Herd (Se 3, Bi 4).", "       CT: Herd (Se 3, Bi 4)."),
        # a later exam's report that names the pre-op one, and no pre-op label at all: unchanged
        ("Kontrolle nach präop. CT: Herd (Se 3, Bi 4).", "Kontrolle nach präop. CT: Herd (Se 3, Bi 4)."),
        ("Praeoperativ: nichts", "Praeoperativ: nichts"),
        ("Befund: Herd (Se 3, Bi 4).", "Befund: Herd (Se 3, Bi 4)."),
    ],
)
def test_the_preop_gate_led_by_a_plain_class(text: str, want: str) -> None:
    assert preop_today(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Beurteilung: Herd (Bild 12).", 0),  # one line: a heading opens the text
        ("Serie 4 (Lunge). Rundherd. Beurteilung: Herd (Bild 87).", 0),  # a heading inside a line starts nothing
        ("Befund:\nSerie 4 (Lunge).\n\nHerd (Bild 87).", 26),  # after a blank line
        ("Befund: Serie 4.\nBeurteilung: Herd (Bill 87, Bild 87).", 17),  # at a heading's line
    ],
)
def test_section_start_of_one_line_and_of_many(text: str, want: int) -> None:
    assert _section_start(text, text.index("(Bil")) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # number words rewritten first: the separator pass reads the rewritten text
        ("Herd Serie drei, Bild zwölf Komma 15.", "Herd Serie    3, Bild    12 ,     15."),
        ("Herd Serie #3 Bild 40 Strich 44.", "Herd Serie ǂ3 Bild 40 -      44."),
        # nothing rewritten before: the separator pass reads the text's own lower case
        ("Herd Serie 3, Bild 12 Komma 15.", "Herd Serie 3, Bild 12 ,     15."),
        ("Nodule series 4, image twenty to thirty.", "Nodule series 4, image     20 to     30."),
        ("Keine Zahlwörter hier, nur Bild 12.", "Keine Zahlwörter hier, nur Bild 12."),
    ],
)
def test_spoken_numbers_lower_case_the_text_once(text: str, want: str) -> None:
    assert spoken_numbers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # image-only citations inherit the series a heading or an earlier citation names
        (
            "Serie 4 (Lungenfenster). Rundherd rechts (Bild 87). Knoten links (Bild 102).",
            [(4, True, 87, "Rundherd rechts"), (4, True, 102, "Knoten links")],
        ),
        ("Rundherd (Serie 4, Bild 87) und Knoten (Bild 102).", [(4, False, 87, "Rundherd"), (4, True, 102, "Knoten")]),
        # every citation names its series: the mentions are never read
        (
            "Rundherd rechts (Serie 4, Bild 87). Knoten links (Serie 5, Bild 102).",
            [(4, False, 87, "Rundherd rechts"), (5, False, 102, "Knoten links")],
        ),
    ],
)
def test_series_mentions_are_read_where_a_citation_names_no_series(text: str, want: list) -> None:
    assert [(r.series_used, r.series_inherited, r.image_start, r.snippet) for r in mine_refs(text)] == want
