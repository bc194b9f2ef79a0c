"""Round 20a (name variants, chat speakers, crews, relatives, nicknames, dictation): the dev corpus' shape."""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fu.corpus import DEV


def test_well_formed():
    assert len(DEV) == 68
    for s in DEV:
        assert_well_formed(s)
