"""clean_descriptor: PHI-dictionary tokens, dates and IDs go; clinical words stay."""

from __future__ import annotations

import pytest

from radcurate.curation.deid.descriptors import clean_descriptor, phi_variants

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
