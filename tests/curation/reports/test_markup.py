"""Report cells in RTF and HTML decoded to the text a reader sees (dev examples, not the held-out corpus)."""

from __future__ import annotations

import pytest

from curation.reports.markup import detect_markup, normalise_report_text, unescape_fragments

RTF_1252 = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil\fcharset0 Calibri;}}"
            r"{\*\generator Msftedit 5.41.21.2510;}\viewkind4\uc1\pard\f0\fs22 "
            r"Herr Wolfgang Sch\'f6nleitner\par Befund: Spondylarthrose L5/S1 (Serie 5, Bild 71)\par }")


def test_rtf_hex_escapes_in_the_declared_code_page():
    assert normalise_report_text(RTF_1252) == ("Herr Wolfgang Schönleitner\n"
                                               "Befund: Spondylarthrose L5/S1 (Serie 5, Bild 71)")
    # \fcharset0 (ANSI) means the document's \ansicpg, here Central European: ł is \'b3, ź is \'9f.
    cp1250 = r"{\rtf1\ansi\ansicpg1250{\fonttbl{\f0\fcharset0 Arial;}}\f0 Pacjent: Ma\'b3gorzata Wo\'9fniak\par}"
    assert normalise_report_text(cp1250) == "Pacjent: Małgorzata Woźniak"
    # A font's own charset wins: 204 is Cyrillic (cp1251).
    cyr = r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0\fcharset204 Arial;}}\f0 \'c8\'e2\'e0\'ed\par}"
    assert normalise_report_text(cyr) == "Иван"


def test_rtf_unicode_escapes_groups_and_destinations():
    text = (r"{\rtf1\ansi\uc1{\fonttbl{\f0 Arial;}}{\info{\author Dr. Kurt Wendelin}}"
            r"{\*\company Praxis Am Hang}\f0 Frau {\b L\u252?}denscheid, {\i G\u252?l}\u351?en\line "
            r"Leber 14\~cm\tab o.B.\par}")
    assert normalise_report_text(text) == "Frau Lüdenscheid, Gülşen\nLeber 14 cm\to.B."
    assert detect_markup("  {\\rtf1 x}") == "rtf"


def test_rtf_apostrophe_is_the_header_one():
    text = r"{\rtf1\ansi\ansicpg1252 Pat. Sean O\rquote Callaghan \lquote quoted\rquote\par}"
    assert normalise_report_text(text) == "Pat. Sean O'Callaghan \u2018quoted\u2019"


def test_html_entities_blocks_inline_and_dropped_content():
    page = ("<html><head><style>td{color:red}</style><script>var n='Gruber';</script></head><body>"
            "<p>Patientin:&nbsp;G&uuml;lsen Y&#305;ld&#x131;z</p><!-- Sekretariat Fr. Brandst&auml;tter -->"
            "<p>Niere <b>li</b>nks: Zyste 2&nbsp;cm<br>Milz o.B.</p>"
            "<table><tr><td>Datum</td><td>04.03.2023</td></tr></table></body></html>")
    assert normalise_report_text(page) == ("Patientin: Gülsen Yıldız\n\nNiere links: Zyste 2 cm\nMilz o.B."
                                           "\n\nDatum\t04.03.2023")
    assert "Gruber" not in normalise_report_text(page) and "Brandst" not in normalise_report_text(page)


@pytest.mark.parametrize("plain", ["Befund <5 mm, Nodulus > 3 mm", "a<b und c>d", "Stenose 50 % & Plaque",
                                   "Schmerz li. > re.; DD: Ileus"])
def test_plain_text_with_angle_brackets_is_left_alone(plain):
    assert detect_markup(plain) == "text"
    assert normalise_report_text(plain) == plain


def test_plain_text_entities_decoded_only_with_semicolon():
    assert normalise_report_text("Dr. Kr&auml;mer &amp; Partner") == "Dr. Krämer & Partner"
    assert normalise_report_text("Befund&not ok, R&D") == "Befund&not ok, R&D"


def test_detection_is_per_cell():
    cells = [RTF_1252, "<p>Leber o.B.</p>", "Leber o.B."]
    assert [detect_markup(c) for c in cells] == ["rtf", "html", "text"]


def test_unescape_fragments_for_the_phi_scan():
    assert unescape_fragments(r"Befund von Herrn Sch\'f6nleitner") == "Befund von Herrn Schönleitner"
    assert unescape_fragments(r"Frau L\u252?denscheid und Frau Kr&auml;mer") == "Frau Lüdenscheid und Frau Krämer"
    assert unescape_fragments("O\u2019Callaghan") == "O'Callaghan"


def test_malformed_html_declaration_does_not_stop_the_decoder() -> None:
    """html.parser raises on "<![" without a name: the cell is still decoded (tags dropped, entities resolved)."""
    from curation.reports.markup import html_to_plain, unescape_fragments

    assert html_to_plain("<p>Patient: M&uuml;ller</p><![87;x <br>Befund: kein Erguss") == (
        "Patient: Müller\n<![87;x\nBefund: kein Erguss")
    assert "Müller" in unescape_fragments("<p>M&uuml;ller</p><![0 <b>x</b>")
