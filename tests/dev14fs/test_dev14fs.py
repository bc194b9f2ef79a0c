"""Round 19a (signatures, given-name signers, newborns and relatives, clergy and ranks, name particles, worklist
rows, ages after a name, rarer ID labels, weekday dates, slash phones): the dev corpus' shape."""

from __future__ import annotations

from tests.dev14fs.corpus import DEV
from tests.dev14t.dev_checks import assert_dev_shape


def test_shape():
    assert_dev_shape(
        DEV,
        91,
        langs={"de": 32, "en": 53, "fr": 3, "it": 3},
        all_labels={"PERSON": 55, "DATE": 18, "ID": 11, "PHONE": 6, "AGE": 3, "ADDRESS": 2},
        keep=237,
    )
