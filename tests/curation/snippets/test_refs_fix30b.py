"""Round 30b (refs-fix30b): snippet bounds in machine-made and relayed texts (`machine_text.py`), with the prose
look-alikes that must keep their snippets."""

from __future__ import annotations

from curation.snippets.grammar import scan_ref_spans
from curation.snippets.machine_text import dictated, field_window, head_end, hl7, request_only, sr_finding
from curation.snippets.mine import mine_refs


def _snippets(text: str, lang: str = "de") -> list[tuple[int | None, int, str]]:
    return [(r.series, r.image_start, r.snippet) for r in mine_refs(text, lang, include_prior=True)]


# --- dictation commands ---------------------------------------------------------------------------------------------


def test_dictated_needs_a_command_no_prose_writes() -> None:
    assert dictated("Zyste Serie 5 Bild 31 Punkt neue Zeile Milz normal Punkt")
    assert dictated("Zyste Serie 5 Bild 31 Punkt")
    assert dictated("nodule series 3 image 40 full stop new paragraph effusion")
    assert dictated("kyste série 4 image 70 point à la ligne")
    assert dictated("nodulo serie 3 immagine 64 punto a capo versamento")
    assert dictated("Läsion Klammer auf Serie 5 Bild 23 Klammer zu")
    assert not dictated("Kein Fokus am McBurney-Punkt (Serie 3, Bild 90).")
    assert not dictated("Fluid collection, stable over a period of three months (series 4, image 33).")
    assert not dictated("New line of consolidation along the fissure (series 3 image 70).")
    assert not dictated("Pas de point de fuite du contraste (série 5 image 40).")


def test_dictation_commands_end_a_finding() -> None:
    assert _snippets(
        "Kleine Leberzyste in Segment IV Serie 5 Bild 31 Punkt neue Zeile Milz nicht vergrößert Serie 5 Bild 48 Punkt"
    ) == [(5, 31, "Kleine Leberzyste in Segment IV"), (5, 48, "Milz nicht vergrößert")]
    assert _snippets(
        "Gallstones without cholecystitis comma series 5 image 60 full stop new paragraph common bile "
        "duct 5 mm comma series 5 image 66 full stop",
        "en",
    ) == [(5, 60, "Gallstones without cholecystitis"), (5, 66, "common bile duct 5 mm")]
    # a value with its frame word between two commands is the finding ("heute 8 mm")
    assert _snippets(
        "Vergleich Doppelpunkt Herd damals 5 mm Serie 2 Bild 41 Punkt neue Zeile heute 8 mm Serie 4 Bild 44 Punkt"
    )[1] == (4, 44, "heute 8 mm")


def test_prose_with_command_words_keeps_its_snippet() -> None:
    assert _snippets("Punktförmige Verkalkung im Pankreaskopf (Serie 4, Bild 61).") == [
        (4, 61, "Punktförmige Verkalkung im Pankreaskopf")
    ]
    assert _snippets("Fluid collection, stable over a period of three months (series 4, image 33).", "en") == [
        (4, 33, "Fluid collection, stable over a period of three months")
    ]


# --- HL7 segments and one-line exports ------------------------------------------------------------------------------


def test_hl7_fields_end_a_finding() -> None:
    assert hl7("OBX|1|TX|BEF||Herd") and not hl7("| Leber | Herd |") and not hl7("Bild 3|4")
    text = (
        "OBX|1|TX|BEF||Hypodense Leberläsion Segment VII 14 mm (Se 5/Bi 44)||||||F OBX|2|TX|BEF||Aszites "
        "perihepatisch (Se 5/Bi 30)||||||F"
    )
    assert _snippets(text) == [(5, 44, "Hypodense Leberläsion Segment VII 14 mm"), (5, 30, "Aszites perihepatisch")]
    assert _snippets(
        "OBX|3|FT|IMP^Impression||Right lower lobe consolidation, series 2 image 140~small right "
        "effusion, series 2 image 160||||||F",
        "en",
    ) == [(2, 140, "Right lower lobe consolidation"), (2, 160, "small right effusion")]


def test_export_fields_but_not_table_rows() -> None:
    assert _snippets(
        "EXPORT | Accession RX26-1123 | CT ABDOMEN | Acute appendicitis with appendicolith series 3 "
        "image 92 | no perforation series 3 image 95 | Verified",
        "en",
    ) == [(3, 92, "Acute appendicitis with appendicolith"), (3, 95, "no perforation")]
    # a field holding only a value or a frame word keeps the row's reading (a table row, not an export)
    text = "RLL mass | 41 mm (3/67) | 30 mm (4/70)"
    sentence = (0, len(text))
    start = text.index("3/67")
    assert field_window(
        text, sentence, start, start + 4, spoken=False, segments=False, worded=_words, valued=_words
    ) == (0, len(text), start)


def _words(text: str, start: int, end: int) -> bool:
    return any(w.isalpha() and len(w) > 2 for w in text[start:end].split())


# --- heads: chat lines, key-image labels, RIS fields ----------------------------------------------------------------


def test_heads_before_a_finding() -> None:
    for head, text in (
        ("[09:12] Dr. W.: ", "[09:12] Dr. W.: Milzinfarkt"),
        ("Schlüsselbild 2: ", "Schlüsselbild 2: x"),
        ("Key images: Key image 1: ", "Key images: Key image 1: x"),
        ("#3 ", "#3 x"),
        ("Befund=", "Befund=Knorpelschaden"),
        ("PACS-Notiz (Schlüsselbilder): ", "PACS-Notiz (Schlüsselbilder): x"),
        ("KI 2", "KI 2"),
        ("ja, ", "ja, Flap"),
    ):
        assert head_end(text, 0, len(text)) == len(head), text
    for text in (
        "Lymphknoten paraaortal links: 17 mm",
        "Marker clip in the left breast",
        "Kontrolle um 14:30 Uhr: x",
        "Leber Segment 7",
        "Schlüsselbild 2 zeigt die Fraktur",
        "Annotation 1 on PACS marks the fracture line",
        "Läsion #2",
    ):
        assert head_end(text, 0, len(text)) == 0, text


def test_request_only() -> None:
    assert request_only("schau mal ", 0, 10) and request_only("can you check", 0, 13)
    assert not request_only("schau mal den Thrombus", 0, 22) and not request_only("Siehe Zyste", 0, 11)


def test_key_image_and_chat_lines_take_the_finding_after() -> None:
    assert _snippets(
        "Schlüsselbilder: Schlüsselbild 1: Se 4 Bi 61 – Milzinfarkt am Unterpol. Schlüsselbild 2: Se 4 "
        "Bi 90 – Niereninfarkt links."
    ) == [(4, 61, "Milzinfarkt am Unterpol"), (4, 90, "Niereninfarkt links")]
    assert _snippets("[16:40] Dr. H.: schau Se 2 Bi 45 – Dissektion der A. vertebralis?") == [
        (2, 45, "Dissektion der A. vertebralis?")
    ]


# --- SR trees -------------------------------------------------------------------------------------------------------


def test_sr_citation_line_takes_the_finding_item_above() -> None:
    text = (
        "CONTAINS: Measurement Group 1\n  CONTAINS: Finding = Renal mass right lower pole\n  CONTAINS: Long Axis "
        "= 34 mm\n  INFERRED FROM: Image Reference = Series 4 / Image 61"
    )
    assert sr_finding(text, text.index("Series 4")) == (text.index("Renal"), text.index("\n  CONTAINS: Long"))
    assert _snippets(text, "en") == [(4, 61, "Renal mass right lower pole")]
    # a tree line with words of its own before the citation, and a plain list line, are no citation line
    own = "CONTAINS: Finding = Zyste\n  CONTAINS: Herd Segment 6 Serie 3, Bild 40"
    assert sr_finding(own, own.index("Serie")) is None
    plain = "Finding = Zyste\nSerie 3, Bild 40"
    assert sr_finding(plain, plain.index("Serie")) is None


# --- hints between two citations of one finding ---------------------------------------------------------------------


def test_citations_apart_by_hints_only_share_the_finding() -> None:
    assert _snippets("Gruppierter Mikrokalk oben außen links Bild 3 (MLO links) und Bild 4 (CC links).") == [
        (None, 3, "Gruppierter Mikrokalk oben außen links"),
        (None, 4, "Gruppierter Mikrokalk oben außen links"),
    ]
    assert _snippets("Swirled mesentery [Series 2 Img 104-108]; [Series 601 Img 55] coronal.", "en") == [
        (2, 104, "Swirled mesentery"),
        (601, 55, "Swirled mesentery"),
    ]
    # a finding word between them: each its own finding (the plane word before it stays as before this round)
    assert _snippets("Zyste (Serie 6, Bild 12) koronar und Hämangiom (Serie 6, Bild 40).") == [
        (6, 12, "Zyste"),
        (6, 40, "koronar und Hämangiom"),
    ]


# --- grammar: a close slash pair after a written series, clock times in chat heads and after day words -------------


def _read(text: str) -> list[tuple[int | None, tuple[tuple[int, int], ...]]]:
    return [(r.series, r.images) for r in scan_ref_spans(text)]


def test_close_slash_pair_after_a_written_series_is_two_images() -> None:
    assert _read("Zwei Rundherde (Serie 4, Bild 61/62).") == [(4, ((61, 61), (62, 62)))]
    assert _read("Herd (Se 4 Bi 45/48).") == [(4, ((45, 45), (48, 48)))]
    # a stack total lies further, a viewer label with its colon is one image of its stack, no series: as before
    assert _read("Herd (Serie 4, Bild 45/120).") == [(4, ((45, 45),))]
    assert _read("Riss (Se:5 Im:14/16).") == [(5, ((14, 14),))]
    assert _read("Herd (Bild 45/46).") == [(None, ((45, 45),))]


def test_clock_in_a_chat_head_or_after_a_day_word_is_no_pair() -> None:
    assert _read("Dr. B. (10:15): Bitte Zimmer 12 anrufen.") == []
    assert _read("[08:02] OA Keller (08:05): erledigt") == []
    assert _read("Im CT vom Vortag (23:40) kein Hämatom.") == []
    assert _read("Overnight (02:15) no change.") == []
    # a pair off the clock's shape, or with no day word or speaker before it, stays
    assert _read("Im CT vom Vortag Herd (3:41).") == [(3, ((41, 41),))]
    assert _read("Herd (10:15).") == [(10, ((15, 15),))]
    assert _read("Rundherd (12:30): 8 mm") == [(12, ((30, 30),))]


def test_a_side_or_a_frame_word_is_no_hint_gap() -> None:
    assert _snippets("Pleuraplaques rechts (Bild 14) und links (Bild 3/44).") == [
        (None, 14, "Pleuraplaques rechts"),
        (3, 44, "links"),
    ]


def test_a_comma_command_ends_no_finding() -> None:
    assert _snippets(
        "Punkt Spiculated nodule in the left upper lobe comma 11 mm series 5 image 26 full stop", "en"
    ) == [(5, 26, "Spiculated nodule in the left upper lobe comma 11 mm")]
