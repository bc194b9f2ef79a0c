"""Tagger round 3: the features of exported documents (table cells under their header word, HL7 segments and
fields, DICOM dumps, label=value pairs, capitals) and the field-data surname feature as surnames.is_surname reads
it; the hook's cut at semicolons and its one exception to "no one-word PERSON" (a whole table cell holding a
listed name)."""

from __future__ import annotations

from curation.deid.text.keep import split_keep_spans
from curation.deid.text.rules import rule_hits
from curation.deid.text.tagger.features import atom, delimiter, token_atoms, token_layout, word_atoms
from curation.deid.text.tagger.hook import tagger_hits
from curation.deid.text.tagger.model import OFFSETS, TAGS, TaggerModel
from curation.deid.text.tagger.negatives import negative_documents
from curation.deid.text.tagger.synth import documents
from curation.deid.text.tagger.tokens import tokenize


def _cells(text: str) -> dict[str, str]:
    lay = token_layout(tokenize(text), [], [])
    return {w: k[6] for w, k in zip(lay.words, lay.token_keys, strict=True) if w[0].isalnum()}


def test_surname_feature_reads_capitals_and_double_barrelled_names():
    assert atom("SURNAME") in word_atoms("Oberleitner")
    assert atom("SURNAME") in word_atoms("OBERLEITNER")  # DICOM / HL7 exports write names in capitals
    assert atom("SURNAME") in word_atoms("Nowak-Demir")  # each part listed
    assert atom("SURNAME") not in word_atoms("Bauer") and atom("SURWORD") in word_atoms("Bauer")  # also a noun
    assert atom("SURNAME") not in word_atoms("Station") and atom("SURWORD") not in word_atoms("Station")
    assert atom("WGIVEN") in word_atoms("Aigerim") or atom("GIVEN") in word_atoms("Aigerim")


def test_delimiter_tells_rows_from_prose():
    assert delimiter("Grabner;Theodora;12.03.1941;Station 2C") == ";"
    assert delimiter("PID|1||4471^^^KH||DOBLHOFER^GUSTAV") == "|"
    assert delimiter("Nachname\tVorname\tTermin") == "\t"
    assert delimiter("Grabner,Theodora,1941,F") == ","
    assert delimiter("Leber, Milz, Nieren, Pankreas: unauffällig.") == ""  # a sentence's commas
    assert delimiter("Verlauf: stabil | kein Progress") == ""  # one pipe is a separator, not a row


def test_table_cells_carry_their_column_header_word():
    text = "Nachname;Vorname;Station;Termin\nGrabner;Theodora;Station 2C;08:15\nAbazi;Liridona;IMC;09:40"
    cells = _cells(text)
    assert cells["Grabner"] == "h:nachname" and cells["Theodora"] == "h:vorname"
    assert cells["Liridona"] == "h:vorname" and cells["IMC"] == "h:station" and cells["40"] == "h:termin"
    assert cells["Nachname"] == ""  # the header row itself is no cell of the table
    lines = token_layout(tokenize(text), [], []).line_keys
    assert "HEAD" in lines[0] and "D:;" in lines[1] and "HEAD" not in lines[1]
    assert _cells("Befund: stabil\nGrabner;Theodora;1941;F")["Grabner"] == ""  # no header row: no column word


def test_hl7_fields_and_dicom_dumps():
    text = "MSH|^~\\&|RIS|KH\nPID|1||4471^^^KH||DOBLHOFER^GUSTAV^A||19380412|M"
    cells = _cells(text)
    assert cells["DOBLHOFER"] == "pid:5" and cells["GUSTAV"] == "pid:5" and cells["19380412"] == "pid:7"
    assert {"CARET", "HL7", "D:|"} <= set(token_layout(tokenize(text), [], []).line_keys[1])
    dump = "(0008,0080) LO Kantonsspital Frauenfeld\n(0010,0010) PN GRABNER^THEODORA"
    lines = token_layout(tokenize(dump), [], []).line_keys
    assert {"dcm:0008,0080", "VR:LO"} <= set(lines[0]) and {"dcm:0010,0010", "VR:PN", "CARET", "LU:4"} <= set(lines[1])


def test_label_equals_value_and_the_last_token_of_a_line():
    text = "Arzt=Pohlmann Irmela\nBefund folgt"
    toks = tokenize(text)
    atoms = token_atoms(toks, [], [])
    assert atom("after:arzt") in atoms[2] and atom("after:arzt") in atoms[3]
    assert atom("eol&s:Xx") in atoms[3] and atom("eol&s:Xx") not in atoms[2]


def _greedy_person_model() -> TaggerModel:
    model = TaggerModel.zeros()
    model.W[atom("CAP"), OFFSETS.index(0), TAGS.index("B-PERSON")] = 10.0
    model.W[atom("CAP"), OFFSETS.index(0), TAGS.index("I-PERSON")] = 10.5
    model.W[atom("w:;"), OFFSETS.index(0), TAGS.index("I-PERSON")] = 20.0  # chains across semicolons
    model.threshold = 1.0
    return model


def _hits(text: str) -> list[str]:
    eponyms, others = split_keep_spans(text)
    return [text[h.start:h.end] for h in tagger_hits(text, rule_hits(text), [*eponyms, *others],
                                                        _greedy_person_model())]


def test_a_whole_cell_may_hold_a_one_word_name_when_the_lists_know_it():
    # "Oberleitner" is a listed surname, "Theodora" a listed given name: each a cell of its own
    got = _hits("Termin;Raum\n08:15;Oberleitner;Theodora;Sonographie")
    assert got == ["Oberleitner", "Theodora"]  # cut at the semicolons; "Sonographie" is a cell but no name
    # the same one-word names in prose stay refused
    assert _hits("heute Oberleitner, dann Theodora.") == []


def test_generated_exports_and_negatives_hold_their_classes():
    docs = list(documents(400, 11))
    caret = [d.text[s:e] for d in docs for s, e, label in d.spans if "^" in d.text[s:e]]
    assert caret and all(not part.isspace() for part in caret)
    cells = [d for d in docs if any(delimiter(line) for line in d.text.splitlines())]
    assert len(cells) > 40
    negatives = list(negative_documents(200, 5))
    assert any("Station" in d.text and ":" in d.text for d in negatives) and all(not d.spans for d in negatives)


def test_a_hyphenated_word_is_one_word_unless_its_parts_are_listed_surnames():
    assert _hits("Ausdruck aus dem RIS-Export, Seite 2") == []  # one word, no name
    assert _hits("heute Krankenhaus-Informationssystem gestört") == []
    assert _hits("Termine: Oberleitner-Nowak (Mo 08:00)") == ["Oberleitner-Nowak"]  # both parts listed surnames


def _chaining_facility_model() -> TaggerModel:
    """Every run of words one INSTITUTION span (capitalised words open it, any word continues it)."""
    model = TaggerModel.zeros()
    model.W[atom("CAP"), OFFSETS.index(0), TAGS.index("B-INSTITUTION")] = 10.0
    model.W[atom("CAP"), OFFSETS.index(0), TAGS.index("I-INSTITUTION")] = 10.5
    model.W[atom("s:x"), OFFSETS.index(0), TAGS.index("I-INSTITUTION")] = 10.5
    model.threshold = 1.0
    return model


def _facilities(text: str) -> list[str]:
    eponyms, others = split_keep_spans(text)
    return [text[h.start:h.end] for h in tagger_hits(text, [], [*eponyms, *others], _chaining_facility_model())]


def test_inner_lower_case_words_particles_and_unit_words_end_or_refuse_a_name():
    # a lower-case verb ends a facility's name; the eponym after it is one word and no facility
    assert _facilities("Outside read from Meadowcroft Westfield suggested Kienböck") == ["Meadowcroft Westfield"]
    assert _facilities("Verlegung: Klinikum rechts der Isar") == ["Klinikum rechts der Isar"]  # "rechts der" inside
    assert _facilities("Bewohnerin: Wohngruppe Linde") == []  # an in-house unit, then one word
    assert _hits("Échographie: signe de Murphy.") == []  # "de" is no name word: one word left
    assert "KIN" not in _hits("Fall;Patient;OE\n;Radić, Luka;KIN")  # a unit's code in its column


def test_a_facility_needs_a_word_of_its_own_and_the_packaged_threshold_its_floor():
    assert _facilities("Kontakt: Public Health") == [] and _facilities("Zuweisung: Clinica di Neurologia") == []
    assert _facilities("Zuweisung: Clinica Sant'Anna di Lugano") == ["Clinica Sant'Anna di Lugano"]
    from curation.deid.text.tagger.train import PACKAGED_FLOOR

    model = TaggerModel.load()
    # (`train --no-folds` stores no CV choice: the floor itself)
    assert model.threshold == max(model.meta["chosen_threshold"] or PACKAGED_FLOOR, PACKAGED_FLOOR) >= 111.9
