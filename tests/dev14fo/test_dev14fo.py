"""Round 17b (legal, forensic, military, occupational and insurance organisations): the dev corpus' shape."""

from __future__ import annotations

from tests.dev14fo.corpus import DEV, DEV_B
from tests.dev14t.dev_checks import assert_dev_shape


def test_shape():
    assert_dev_shape(DEV, 63, langs={"de": 25, "en": 25, "fr": 8, "it": 5},
                     labels={"INSTITUTION": 34, "ID": 19, "PERSON": 17, "ADDRESS": 9})
    assert_dev_shape(DEV_B, 45, labels={"INSTITUTION": 27})
