"""Tokens with their line layout, and the feature atoms the tagger sees."""

from __future__ import annotations

from curation.deid.text.tagger.features import (
    atom,
    key_atoms,
    line_atoms,
    shape,
    token_atoms,
    token_layout,
    word_atoms,
)
from curation.deid.text.tagger.tokens import tokenize


def test_tokens_carry_line_and_column():
    toks = tokenize("Ab c\n\n  Dr. X|Y\tz\nO'Neill-Smith")
    assert [(toks.word(i), toks.line[i], toks.col[i]) for i in range(len(toks))] == [
        ("Ab", 0, 0), ("c", 0, 1), ("Dr", 2, 0), (".", 2, 1), ("X", 2, 2), ("|", 2, 3), ("Y", 2, 4), ("z", 2, 5),
        ("O'Neill-Smith", 3, 0)]
    assert toks.lines == [(0, 4), (5, 5), (6, 17), (18, 31)]
    assert len(tokenize("")) == 0


def test_shape_compresses_character_classes():
    assert shape("Müller") == "Xx"
    assert shape("MRN") == "X"
    assert shape("12.03.") == "d.d."
    assert shape("O'Neill") == "X'Xx"


def test_word_atoms_use_the_field_data_lists():
    assert atom("GIVEN") in word_atoms("Anna") and atom("GIVEN") in word_atoms("Klaus-Dieter")
    assert atom("GIVEN") not in word_atoms("Befund")
    assert atom("TOWN") in word_atoms("Freiburg")
    assert atom("EPONYM") in word_atoms("Crohn")
    assert atom("TITLE") in word_atoms("Dr") and atom("REL") in word_atoms("Tochter")
    assert atom("STREETTAIL") in word_atoms("Lindenstraße")
    assert atom("INST") in word_atoms("Imaging")


def test_layout_keys_mark_labels_rules_keeps_and_signature_zone():
    text = "Name: Oberhuber, Theresia\nMorbus Crohn\n\nMit freundlichen Grüßen\nAnna Bauer"
    toks = tokenize(text)
    lay = token_layout(toks, [(6, 25, "PERSON")], [(26, 38)])
    by_word = dict(zip(lay.words, lay.token_keys, strict=False))
    # (column, rule label, shape, in keep-term, in signature zone, "Label:" before it, table cell, line's last)
    assert by_word["Name"] == (0, "", "Xx", False, False, "", "", False)
    assert by_word["Oberhuber"] == (2, "PERSON", "Xx", False, False, "name", "", False)
    assert by_word["Crohn"] == (1, "", "Xx", True, False, "", "", True)
    assert by_word["Bauer"] == (1, "", "Xx", False, True, "", "", True)
    assert lay.line_keys[0] == ("BLOCK", "DOC0", "LW:1", "LC:4")  # 3 words, all capitalised
    assert "BLOCK" in lay.line_keys[3] and "SIG" in lay.line_keys[4]
    assert "SEPS" in token_layout(tokenize("A | B"), [], []).line_keys[0]


def test_token_atoms_are_word_context_and_line_atoms():
    text = "Pat.: Emine Kaya"
    toks = tokenize(text)
    lay = token_layout(toks, [], [])
    atoms = token_atoms(toks, [], [])
    i = lay.words.index("Emine")
    assert atoms[i] == [*word_atoms("Emine"), *key_atoms(lay.token_keys[i]), *line_atoms(lay.line_keys[0])]
    assert atom("after:pat") in atoms[i]


def _tokens_line_by_line(text: str) -> list[tuple[int, int, int, int, str]]:
    """The tokenizer's definition, one line at a time: (start, end, line, column, word)."""
    from curation.deid.text.tagger.tokens import _TOKEN

    out, pos = [], 0
    for n, part in enumerate(text.split("\n")):
        found = _TOKEN.finditer(text, pos, pos + len(part))
        out += [(m.start(), m.end(), n, c, m.group()) for c, m in enumerate(found)]
        pos += len(part) + 1
    return out


def test_one_pass_tokens_are_the_tokens_of_each_line():
    # One pass over the whole text (round 13): no token holds a newline, so the same tokens, lines and columns
    # as a pass per line, with empty lines, CR, tabs, a trailing newline and hyphen / apostrophe runs at line ends.
    texts = ["", "\n", "\n\n", "a", "Dr. Ömer-\nKaya\r\n\nPID|12^3\t\tx-", "Nowak-\n-Demir O'\n'Neill\n",
             "  \n  Ab  \n", "Müller’s 12.03.2024\n\n\nZ"]
    for text in texts:
        toks = tokenize(text)
        got = list(zip(toks.starts, toks.ends, toks.line, toks.col, toks.words, strict=True))
        assert got == _tokens_line_by_line(text), text
        assert toks.lines == [(a, a + len(p)) for a, p in zip(
            [sum(len(q) + 1 for q in text.split("\n")[:i]) for i in range(text.count("\n") + 1)],
            text.split("\n"), strict=True)]


def test_line_keys_count_words_capitals_and_upper_case_words():
    # Line features from the per-line counts (round 13: one Counter over (line, word class)): 9 words -> LW:3,
    # 3 of 9 capitalised -> LC:1, 2 of 9 all capitals -> LU:0; a line of digits only has no words (LW:0, LC:0).
    text = "ABC DEF Ghi jkl mno pqr stu vwx yz\n12 34\n"
    lay = token_layout(tokenize(text), [], [])
    assert lay.line_keys[0] == ("BLOCK", "DOC0", "LW:3", "LC:1", "LU:0")
    assert lay.line_keys[1] == ("LW:0", "LC:0")
