"""clean_descriptor: PHI-dictionary tokens, dates and IDs go; clinical words stay."""

from __future__ import annotations

import pytest

from curation.deid.dicom.descriptors import clean_description, clean_descriptor, phi_variants

PHI = ["Müller^Anna", "PAT0001234", "Dr. med. Hans Schäfer"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thorax 5mm axial", "Thorax 5mm axial"),
    ("T2 FLAIR 3D 1.25 B70f", "T2 FLAIR 3D 1.25 B70f"),
    ("CT Thorax Müller 12.03.1956", "CT Thorax"),
    ("Mueller Anna Abdomen", "Abdomen"),
    ("MULLER pv 2024-01-17", "pv"),
    ("Befund Schaefer PAT0001234", "Befund"),
    ("Kopf ACC20240117 20240117", "Kopf"),
    ("Schädel nativ", "Schädel nativ"),
    ("", ""),
])
def test_clean_descriptor(text: str, expected: str) -> None:
    assert clean_descriptor(text, PHI) == expected


def test_phi_variants_split_names_and_transliterate() -> None:
    variants = set(phi_variants(["Müller^Anna", "Dr. med. Hans Schäfer"]))
    assert {"Müller", "Mueller", "Muller", "Anna", "Hans", "Schäfer", "Schaefer"} <= variants
    assert "Dr" not in variants and "med" not in variants


def test_index_strictness_now_shared() -> None:
    """What the index's own cleaner did, now decided here for both (index/describe.py is gone)."""
    phi = ["MUELLER^ANNA", "Li^Wei", "José^García"]
    assert clean_descriptor("Müller Thorax", phi) == "Thorax"           # umlaut in text, ASCII in header
    assert clean_descriptor("Li Abdomen Wei", phi) == "Abdomen"         # two-letter names, as tokens
    assert clean_descriptor("Garcia Jose Leber", phi) == "Leber"        # accents in header, none in text
    assert clean_descriptor("CT Thorax 03/1956", phi) == "CT Thorax"    # month/year dates


def test_phrases_go_whole_and_by_their_distinctive_words() -> None:
    phrases = ["Klinikum Musterstadt", "CTSTATION01"]
    assert clean_descriptor("Klinikum Musterstadt Thorax", [], phrases) == "Thorax"
    assert clean_descriptor("klinikum musterstadt CT", [], phrases) == "CT"
    assert clean_descriptor("CT Musterstadt Studie", [], phrases) == "CT Studie"     # the site's own word
    # a generic facility word alone is no site of this header (the scrubber may still call it one)
    assert clean_descriptor("Klinikum Leber", [], phrases, scrub=False) == "Klinikum Leber"
    assert clean_descriptor("(Thorax) CTSTATION01", [], phrases) == "(Thorax)"


def test_clean_description_none_when_nothing_alphabetic() -> None:
    assert clean_description("Müller 12.03.1956", PHI) is None
    assert clean_description(None, PHI) is None
    assert clean_description(" Thorax 5mm axial ", PHI) == "Thorax 5mm axial"
